package org.gongwen.policy.extract.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a 公文 date, {@code 2022年6月27日} or {@code 二〇二二年六月二十七日}, to ISO {@code 2022-06-27}.
 */
public final class ChineseDateParser {

  static final String DATE =
      "([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*"
          + "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
  private static final Pattern PATTERN = Pattern.compile(DATE);
  private static final String DIGITS = "〇一二三四五六七八九";

  /** The first date in {@code text}, ISO, if any. */
  public Optional<String> find(String text) {
    Matcher m = PATTERN.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int year = number(m.group(1));
    int month = number(m.group(2));
    int day = number(m.group(3));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    return Optional.of(String.format("%04d-%02d-%02d", year, month, day));
  }

  /** Whether the whole (trimmed) text is one date. */
  public boolean isDateLine(String text) {
    return text.strip().matches(DATE);
  }

  static int number(String s) {
    StringBuilder arabic = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '０' && c <= '９') {
        arabic.append((char) ('0' + (c - '０')));
      } else if (c >= '0' && c <= '9') {
        arabic.append(c);
      }
    }
    if (arabic.length() == s.length()) {
      return Integer.parseInt(arabic.toString());
    }
    if (s.length() == 4 && s.indexOf('十') < 0) {
      int v = 0;
      for (char c : s.toCharArray()) {
        v = v * 10 + digit(c);
      }
      return v;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return digit(s.charAt(0));
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
    return tens * 10 + ones;
  }

  private static int digit(char c) {
    if (c == '零' || c == '○') {
      return 0;
    }
    int d = DIGITS.indexOf(c);
    if (d < 0) {
      throw new IllegalArgumentException("not a Chinese digit [" + c + "]");
    }
    return d;
  }
}
