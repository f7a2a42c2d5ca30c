package org.gongwen.policy.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a regular expression of a lexicon list occurs in a long text ({@code pattern.matcher(text).find()}),
 * trying the expression only at the positions whose char can start a match. A regex engine tries a pattern
 * that opens with an alternation ({@code (?:排|列|位列)…}) at every position of the text; for a whole
 * document that is most of the cost, although only a few of its chars could begin a match.
 *
 * <p>The chars that can start a match are read from the expression itself, for the plain subset lexicon
 * patterns use: literal chars and escaped punctuation, character classes of chars and ranges, groups
 * {@code (…)} and {@code (?:…)} with alternatives, and the quantifiers {@code ? * + {m,n}} (lazy or possessive
 * too). Anything else (anchors, lookaround, {@code \\d}, {@code .}, negated classes, flags), or a pattern
 * that can match the empty string, gives no such set and the search is the plain {@code find()}. Same answer
 * as {@code find()} either way: without anchors or lookaround a match found by {@code find()} at a position
 * is one {@code lookingAt()} finds from there. Immutable; thread-safe.
 */
public final class StartCharSearch {

  private final Pattern pattern;
  /** Bit c is set when a match can start with char c; null when the pattern is outside the subset. */
  private final long[] starts;

  public StartCharSearch(Pattern pattern) {
    this.pattern = pattern;
    this.starts = pattern.flags() == 0 ? new Reader(pattern.pattern()).starts() : null;
  }

  public Pattern pattern() {
    return pattern;
  }

  /** Whether the start chars are known (the pattern is in the subset); else {@link #find} is a plain find. */
  public boolean narrowed() {
    return starts != null;
  }

  /** {@code pattern().matcher(text).find()}. */
  public boolean find(CharSequence text) {
    Matcher m = pattern.matcher(text);
    if (starts == null) {
      return m.find();
    }
    int n = text.length();
    for (int p = 0; p < n; p++) {
      char c = text.charAt(p);
      if ((starts[c >>> 6] & (1L << c)) != 0) {
        m.region(p, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A recursive reader of the subset, giving the first chars and whether a part can match empty. */
  private static final class Reader {

    /** Thrown (and caught in {@link #starts}) when the pattern leaves the subset. */
    private static final class Outside extends RuntimeException {
      Outside() {
        super(null, null, false, false);
      }
    }

    private final String r;
    private int i;

    Reader(String regex) {
      this.r = regex;
    }

    long[] starts() {
      try {
        long[] first = new long[1 << 10];
        boolean nullable = alternation(first);
        return i == r.length() && !nullable ? first : null;
      } catch (Outside e) {
        return null;
      }
    }

    /** Alternatives up to ')' or the end; adds their first chars, returns whether one can match empty. */
    private boolean alternation(long[] first) {
      boolean nullable = sequence(first);
      while (i < r.length() && r.charAt(i) == '|') {
        i++;
        nullable |= sequence(first);
      }
      return nullable;
    }

    private boolean sequence(long[] first) {
      boolean nullable = true;
      while (i < r.length() && r.charAt(i) != '|' && r.charAt(i) != ')') {
        long[] atom = new long[1 << 10];
        boolean atomNullable = atom(atom) | quantifier();
        if (nullable) {
          for (int k = 0; k < first.length; k++) {
            first[k] |= atom[k];
          }
        }
        nullable &= atomNullable;
      }
      return nullable;
    }

    /** Reads one atom into {@code first}; returns whether it can match empty. */
    private boolean atom(long[] first) {
      char c = r.charAt(i++);
      switch (c) {
        case '(' -> {
          if (r.startsWith("?:", i)) {
            i += 2;
          } else if (i < r.length() && r.charAt(i) == '?') {
            throw new Outside(); // lookaround, flags, named groups
          }
          boolean nullable = alternation(first);
          if (i >= r.length() || r.charAt(i) != ')') {
            throw new Outside();
          }
          i++;
          return nullable;
        }
        case '[' -> {
          charClass(first);
          return false;
        }
        case '\\' -> {
          add(first, escaped());
          return false;
        }
        case '.', '^', '$', '*', '+', '?', '{', ')', '|' -> throw new Outside();
        default -> {
          if (Character.isSurrogate(c)) {
            throw new Outside();
          }
          add(first, c);
          return false;
        }
      }
    }

    /** An escaped char that stands for itself (punctuation); letters and digits are classes or references. */
    private char escaped() {
      if (i >= r.length()) {
        throw new Outside();
      }
      char e = r.charAt(i++);
      if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
        throw new Outside();
      }
      return e;
    }

    private void charClass(long[] first) {
      if (i < r.length() && r.charAt(i) == '^') {
        throw new Outside();
      }
      boolean any = false;
      while (i < r.length() && r.charAt(i) != ']') {
        char c = r.charAt(i++);
        if (c == '[' || c == '&' || Character.isSurrogate(c)) {
          throw new Outside();
        }
        if (c == '\\') {
          c = escaped();
        }
        if (i + 1 < r.length() && r.charAt(i) == '-' && r.charAt(i + 1) != ']') {
          i++;
          char to = r.charAt(i++);
          if (to == '\\') {
            to = escaped();
          }
          if (to == '[' || to == '&' || Character.isSurrogate(to) || to < c) {
            throw new Outside();
          }
          for (char x = c; x <= to && x >= c; x++) {
            add(first, x);
            if (x == Character.MAX_VALUE) {
              break;
            }
          }
        } else {
          add(first, c);
        }
        any = true;
      }
      if (i >= r.length() || !any) {
        throw new Outside();
      }
      i++; // ]
    }

    /** Reads an optional quantifier; returns whether it allows zero repetitions. */
    private boolean quantifier() {
      if (i >= r.length()) {
        return false;
      }
      char q = r.charAt(i);
      boolean zero;
      if (q == '?' || q == '*') {
        zero = true;
        i++;
      } else if (q == '+') {
        zero = false;
        i++;
      } else if (q == '{') {
        int close = r.indexOf('}', i);
        if (close < 0) {
          throw new Outside();
        }
        String body = r.substring(i + 1, close);
        if (!body.matches("\\d+(,\\d*)?")) {
          throw new Outside();
        }
        zero = Integer.parseInt(body.split(",")[0]) == 0;
        i = close + 1;
      } else {
        return false;
      }
      if (i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '+')) {
        i++; // lazy or possessive: the same chars start a match
      }
      return zero;
    }

    private static void add(long[] first, char c) {
      first[c >>> 6] |= 1L << c;
    }
  }
}
