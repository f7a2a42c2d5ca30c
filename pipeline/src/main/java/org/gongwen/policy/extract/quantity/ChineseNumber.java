package org.gongwen.policy.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Parses one whole numeral string to its value (a {@code Parser}: string to value, no state).
 *
 * <p>Accepted forms, all as printed in the seeds or in common 公文 use:
 * <ul>
 *   <li>Arabic, with decimals, {@code ,} thousands groups, full-width digits and {@code ．}:
 *       {@code 6325}, {@code 2.5}, {@code 1,000}, {@code １２０}, {@code ２．５};</li>
 *   <li>Arabic with multipliers 十 百 千 万 亿 and their combinations: {@code 120万} (从“新增绿地面积120万”),
 *       {@code 1.3万}, {@code 40亿}, {@code 3.5千}, {@code 1万亿}, {@code 2万5千}; whitespace is allowed
 *       before a multiplier ({@code 10 亿} as in “科创投资基金 10 亿元以上”);</li>
 *   <li>Chinese positional numerals: {@code 十} (“达十个”), {@code 十亿} (“破十亿”), {@code 千亿} (“至千亿”),
 *       {@code 一千二百万}, {@code 两百}, {@code 十一}, {@code 一百零五}, {@code 三千零二十}, and the
 *       spoken ellipsis {@code 一万五} = 15000; financial forms {@code 壹贰叁…拾佰仟} and 萬 億;</li>
 *   <li>Chinese digit sequences without multipliers: {@code 二〇二二} = 2022 (also with ○ or 零).</li>
 * </ul>
 * Anything else (e.g. {@code 十百千万亿}, {@code 十三五}, an empty string) gives an empty result.
 * Which numerals in running text are quantities is decided by {@link QuantityParser}, not here.
 */
public final class ChineseNumber {

  private static final String DIGITS = "〇○零一二三四五六七八九";
  private static final String FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

  private ChineseNumber() {}

  /**
   * Parses {@code s} as a whole; leading and trailing spaces are ignored.
   *
   * @return the value, or empty when {@code s} is not one numeral
   */
  public static OptionalDouble parse(String s) {
    if (s == null) {
      return OptionalDouble.empty();
    }
    List<Token> tokens = tokenize(s.strip());
    if (tokens == null || tokens.isEmpty()) {
      return OptionalDouble.empty();
    }
    double v = evaluate(tokens);
    return Double.isNaN(v) || Double.isInfinite(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The value of a Chinese or Arabic (ASCII or full-width) digit character, or -1. */
  static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return chineseDigit(c);
  }

  /** True for ASCII and full-width Arabic digits. */
  static boolean isArabicDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** True for a Chinese digit (一, 两, 〇, 壹 …), not for multipliers. */
  static boolean isChineseDigit(char c) {
    return chineseDigit(c) >= 0;
  }

  /** The multiplier a character stands for (十 → 10 … 亿 → 1e8), or 0. */
  static double multiplier(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      case '万', '萬' -> 1e4;
      case '亿', '億' -> 1e8;
      default -> 0;
    };
  }

  /** True for any character of a Chinese numeral: a Chinese digit or a multiplier. */
  static boolean isChineseNumeral(char c) {
    return isChineseDigit(c) || multiplier(c) > 0;
  }

  private static int chineseDigit(char c) {
    int i = DIGITS.indexOf(c);
    if (i >= 0) {
      return i <= 2 ? 0 : i - 2;
    }
    i = FINANCIAL_DIGITS.indexOf(c);
    if (i >= 0) {
      return i;
    }
    return switch (c) {
      case '两', '兩' -> 2;
      case '貳' -> 2;
      case '參' -> 3;
      case '陸' -> 6;
      default -> -1;
    };
  }

  /** A digit (Arabic number or one Chinese digit) or a multiplier. */
  private record Token(double value, boolean multiplier, boolean arabic, boolean zero) {}

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isArabicDigit(c)) {
        int end = arabicEnd(s, i);
        if (end < 0) {
          return null;
        }
        out.add(new Token(arabicValue(s, i, end), false, true, false));
        i = end;
      } else if (isChineseDigit(c)) {
        int d = chineseDigit(c);
        out.add(new Token(d, false, false, d == 0));
        i++;
      } else if (multiplier(c) > 0) {
        out.add(new Token(multiplier(c), true, false, false));
        i++;
      } else if (isSpace(c) && !out.isEmpty() && out.get(out.size() - 1).arabic()) {
        int j = i;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (j >= n || multiplier(s.charAt(j)) == 0) {
          return null;
        }
        i = j;
      } else {
        return null;
      }
    }
    return out;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0';
  }

  /**
   * End of the Arabic number starting at {@code i}: digits, optional {@code ,ddd} groups, optional
   * decimal part; -1 if the thousands grouping is malformed.
   */
  static int arabicEnd(CharSequence s, int i) {
    int n = s.length();
    int j = i;
    while (j < n && isArabicDigit(s.charAt(j))) {
      j++;
    }
    int firstGroup = j - i;
    boolean grouped = false;
    while (j < n && s.charAt(j) == ',' && threeDigits(s, j + 1)) {
      grouped = true;
      j += 4;
    }
    if (grouped && firstGroup > 3) {
      return -1;
    }
    if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == '．') && isArabicDigit(s.charAt(j + 1))) {
      j++;
      while (j < n && isArabicDigit(s.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private static boolean threeDigits(CharSequence s, int k) {
    if (k + 3 > s.length()) {
      return false;
    }
    for (int m = k; m < k + 3; m++) {
      if (!isArabicDigit(s.charAt(m))) {
        return false;
      }
    }
    return k + 3 == s.length() || !isArabicDigit(s.charAt(k + 3));
  }

  static double arabicValue(CharSequence s, int start, int end) {
    return Double.parseDouble(asciiNumber(s, start, end));
  }

  /** The Arabic number in {@code s[start, end)} with ASCII digits and point, thousands separators dropped. */
  static String asciiNumber(CharSequence s, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (isArabicDigit(c)) {
        b.append((char) ('0' + digitValue(c)));
      } else if (c == '.' || c == '．') {
        b.append('.');
      }
    }
    return b.toString();
  }

  private static double evaluate(List<Token> tokens) {
    boolean anyMultiplier = tokens.stream().anyMatch(Token::multiplier);
    if (!anyMultiplier) {
      return sequence(tokens);
    }
    double yi = 0;
    double wan = 0;
    double section = 0;
    Double pending = null;
    boolean afterZero = false;
    boolean wanSeen = false;
    boolean yiSeen = false;
    double lastSmall = Double.MAX_VALUE;
    Token previous = null;
    for (Token t : tokens) {
      if (!t.multiplier()) {
        if (pending != null || (previous != null && !previous.multiplier() && !afterZero)) {
          return Double.NaN;
        }
        if (t.zero()) {
          afterZero = true;
        } else {
          pending = t.value();
        }
      } else if (t.value() < 1e4) {
        if (t.value() >= lastSmall || (pending == null && previous != null && !previous.zero())) {
          return Double.NaN; // 十百, 百十: a bare 十/百/千 only leads the numeral (十一, 千亿)
        }
        section += (pending == null ? 1 : pending) * t.value();
        lastSmall = t.value();
        pending = null;
        afterZero = false;
      } else if (t.value() == 1e4) {
        if (wanSeen) {
          return Double.NaN;
        }
        double v = section + (pending == null ? 0 : pending);
        wan = (v == 0 ? 1 : v) * 1e4;
        wanSeen = true;
        section = 0;
        pending = null;
        lastSmall = Double.MAX_VALUE;
        afterZero = false;
      } else {
        if (yiSeen) {
          return Double.NaN;
        }
        double v = wan + section + (pending == null ? 0 : pending);
        yi = (v == 0 ? 1 : v) * 1e8;
        yiSeen = true;
        wanSeen = false;
        wan = 0;
        section = 0;
        pending = null;
        lastSmall = Double.MAX_VALUE;
        afterZero = false;
      }
      previous = t;
    }
    double tail = pending == null ? 0 : pending;
    Token last = tokens.get(tokens.size() - 1);
    Token beforeLast = tokens.size() > 1 ? tokens.get(tokens.size() - 2) : null;
    if (pending != null && !last.arabic() && beforeLast != null && beforeLast.multiplier()) {
      tail = pending * beforeLast.value() / 10; // 一万五 = 15000, 三千五 = 3500, 十五 = 15
    }
    return yi + wan + section + tail;
  }

  /** Digits without multipliers: one Arabic number, one Chinese digit, or a Chinese digit string. */
  private static double sequence(List<Token> tokens) {
    if (tokens.size() == 1) {
      return tokens.get(0).value();
    }
    double v = 0;
    for (Token t : tokens) {
      if (t.arabic()) {
        return Double.NaN;
      }
      v = v * 10 + t.value();
    }
    return v;
  }
}
