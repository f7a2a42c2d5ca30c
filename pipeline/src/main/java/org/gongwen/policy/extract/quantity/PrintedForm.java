package org.gongwen.policy.extract.quantity;

import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.Printed;
import org.gongwen.policy.text.CharClass;

/**
 * The printed form of a quantity (spec §5 {@code printed}): the numeral's own value and the multiplier and
 * measure word that follow it as printed. {@code 180亿元} → 180 {@code 亿元}; {@code 一千二百万人} → 1200
 * {@code 万人}; {@code 1000余亩} → 1000 {@code 亩}; {@code 1-2万亩} → 1 {@code 万亩} (a range's low end, as
 * its value is); {@code 百分之十五} → 15 {@code %}. Only 万 and 亿 after the last digit count as the
 * printed multiplier; 十, 百, 千 inside a numeral belong to the number.
 */
public final class PrintedForm {

  private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[)）]");

  /** Fuzz letters after a number, no part of its unit (lexicon quantity/suffix-fuzz), read once. */
  private static final String FUZZ = String.join("", Lexicon.standard().words("quantity/suffix-fuzz"));

  private PrintedForm() {}

  public static Printed of(Quantity q) {
    String raw = CharClass.withoutRegexSpace(BRACKETED.matcher(q.raw()).replaceAll(""));
    if (raw.startsWith("百分之")) {
      return new Printed(q.value(), "%");
    }
    int k = raw.length();
    while (k > 0 && !numeral(raw.charAt(k - 1))) {
      k--;
    }
    String unit = raw.substring(k);
    int f = 0;
    while (f < unit.length() && FUZZ.indexOf(unit.charAt(f)) >= 0) {
      f++;
    }
    unit = unit.substring(f);
    double factor = 1;
    for (int i = 0; i < unit.length() && (unit.charAt(i) == '万' || unit.charAt(i) == '亿'); i++) {
      factor *= ChineseNumber.multiplier(unit.charAt(i));
    }
    double value = q.value() / factor;
    double rounded = Math.round(value * 1e6) / 1e6; // 1.2万 → 1.2, not 1.2000000000000002
    return new Printed(rounded, unit.isEmpty() ? null : unit);
  }

  /** A character that ends a numeral: a digit, a decimal point, or 十/百/千 inside a Chinese numeral. */
  private static boolean numeral(char c) {
    return ChineseNumber.isArabicDigit(c) || ChineseNumber.isChineseDigit(c)
        || c == '十' || c == '百' || c == '千';
  }
}
