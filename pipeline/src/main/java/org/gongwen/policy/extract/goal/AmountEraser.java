package org.gongwen.policy.extract.goal;

import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.text.CharClass;

/**
 * Blanks an earlier amount of a clause with the comparator right before it ({@code 年营业收入超过3亿元的企业}
 * → {@code 年营业收入 的企业}), so its verb does not decide the kind of a later target. Gives what
 * {@code clause.replaceAll("(?:c1|c2|…)?\\s*" + Pattern.quote(raw), " ")} gives (comparators longest
 * first), without compiling a regex for every amount: at each position the comparators are tried in order,
 * then none, each followed by white space and the amount; the first that fits is replaced and the search
 * goes on after it.
 */
final class AmountEraser {

  private final String[] comparators;
  /** Bit c is set when a comparator starts with char c. */
  private final long[] firstChars = new long[1 << 10];

  AmountEraser(List<String> comparators) {
    this.comparators = comparators.toArray(String[]::new);
    for (String c : this.comparators) {
      if (c.isEmpty()) {
        throw new IllegalArgumentException("an empty comparator word");
      }
      firstChars[c.charAt(0) >>> 6] |= 1L << c.charAt(0);
    }
  }

  /** The clause with every occurrence of {@code raw}, and a comparator and white space before it, replaced by a space. */
  String erase(String clause, String raw) {
    if (raw.isEmpty() || CharClass.isRegexSpace(raw.charAt(0))) { // outside what the scan below mirrors
      return clause.replaceAll("(?:" + String.join("|", java.util.Arrays.stream(comparators).map(Pattern::quote)
          .toList()) + ")?\\s*" + Pattern.quote(raw), " ");
    }
    StringBuilder out = null;
    int copied = 0;
    int p = 0;
    int n = clause.length();
    char first = raw.charAt(0);
    while (p < n) {
      char c = clause.charAt(p);
      int end = c == first || CharClass.isRegexSpace(c) || (firstChars[c >>> 6] & (1L << c)) != 0
          ? matchAt(clause, p, raw) : -1;
      if (end < 0) {
        p++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(clause, copied, p).append(' ');
      copied = end;
      p = end;
    }
    return out == null ? clause : out.append(clause, copied, n).toString();
  }

  /** The end of the match starting at {@code p}, or -1. */
  private int matchAt(String s, int p, String raw) {
    for (String c : comparators) {
      if (s.startsWith(c, p)) {
        int q = skipSpace(s, p + c.length());
        if (s.startsWith(raw, q)) {
          return q + raw.length();
        }
      }
    }
    int q = skipSpace(s, p);
    return s.startsWith(raw, q) ? q + raw.length() : -1;
  }

  private static int skipSpace(String s, int at) {
    while (at < s.length() && CharClass.isRegexSpace(s.charAt(at))) {
      at++;
    }
    return at;
  }
}
