package org.gongwen.policy.extract.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the characters of a text whose digits are never quantities, before numbers are scanned:
 * <ul>
 *   <li>ASCII identifiers that mix letters and digits: {@code G60}, {@code G330国道}, {@code 市域铁路S2线},
 *       {@code 5G}, {@code 4A级}, the plots {@code C-3-1}, {@code C-4地块};</li>
 *   <li>document numbers: {@code 温市自创办〔2021〕1号}, {@code 〔2022〕68号}, {@code [2022]68号},
 *       {@code (2022)68号}.</li>
 * </ul>
 */
final class NonQuantitySpans {

  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z0-9]+(?:[-_/.][A-Za-z0-9]+)*");
  private static final Pattern DOC_NUMBER = Pattern.compile(
      "[〔［\\[【]\\s*[0-9０-９]{4}\\s*[〕］\\]】](?:\\s*第?\\s*[0-9０-９]+\\s*号)?"
          + "|[（(]\\s*[0-9０-９]{4}\\s*[）)]\\s*第?\\s*[0-9０-９]+\\s*号");

  private NonQuantitySpans() {}

  /** One flag per UTF-16 unit of {@code text}: true where no quantity may start. */
  static boolean[] of(String text) {
    boolean[] out = new boolean[text.length()];
    boolean asciiLetter = false;
    boolean asciiDigit = false;
    boolean digit = false; // ASCII or full width
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      asciiLetter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      asciiDigit |= c >= '0' && c <= '9';
      digit |= c >= '０' && c <= '９';
    }
    digit |= asciiDigit;
    if (!digit) {
      return out; // both kinds of span hold digits
    }
    Matcher m = IDENTIFIER.matcher(asciiLetter && asciiDigit ? text : ""); // an identifier mixes both
    while (m.find()) {
      String token = m.group();
      if (token.chars().anyMatch(Character::isLetter) && token.chars().anyMatch(Character::isDigit)) {
        fill(out, m.start(), m.end());
      }
    }
    m = DOC_NUMBER.matcher(hasDocNumberOpening(text) ? text : ""); // a number opens with one of its brackets
    while (m.find()) {
      fill(out, m.start(), m.end());
    }
    return out;
  }

  /** The chars a {@code DOC_NUMBER} match starts with: its opening brackets. */
  static final String DOC_NUMBER_OPENINGS = "〔［[【（(";

  static boolean hasDocNumberOpening(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (DOC_NUMBER_OPENINGS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static void fill(boolean[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      out[i] = true;
    }
  }
}
