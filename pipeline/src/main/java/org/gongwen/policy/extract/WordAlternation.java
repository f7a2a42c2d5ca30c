package org.gongwen.policy.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * A word list searched in a text exactly as the regular expression {@code \Qw1\E|\Qw2\E|…} (its words in the
 * given order) would find it, without the regex engine: a regex alternation tries every word at every
 * position of the text, this looks up the position's char among the words' first chars and tries only the
 * words that start with it. The hot rules of target and task finding ask such lists of every sentence and
 * of the paragraph before it, so this is where most of their time went.
 *
 * <p>Same results as the regex by construction: the leftmost position where a word starts wins, and at that
 * position the first word in list order (the lexicon's {@code longestFirst} order makes that the longest).
 * {@link #pattern()} gives the regex itself, to compose into larger expressions. Immutable and thread-safe.
 */
public final class WordAlternation {

  private final Pattern pattern;
  /** Bit c is set when a word starts with char c. */
  private final long[] firstChars = new long[1 << 10];
  /** The distinct first chars, sorted, and for each the words starting with it in list order. */
  private final char[] keys;
  private final String[][] byFirst;

  /**
   * @param words the alternatives in the order the regex would try them (none empty)
   */
  public WordAlternation(List<String> words) {
    if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("a word alternation needs words, none empty: " + words);
    }
    this.pattern = Pattern.compile(String.join("|", words.stream().map(Pattern::quote).toList()));
    char[] firsts = new char[words.size()];
    for (int i = 0; i < words.size(); i++) {
      firsts[i] = words.get(i).charAt(0);
      firstChars[firsts[i] >>> 6] |= 1L << firsts[i];
    }
    this.keys = new String(firsts).chars().distinct().sorted().collect(StringBuilder::new,
        StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
    this.byFirst = new String[keys.length][];
    for (int k = 0; k < keys.length; k++) {
      List<String> group = new ArrayList<>();
      for (String w : words) {
        if (w.charAt(0) == keys[k]) {
          group.add(w);
        }
      }
      byFirst[k] = group.toArray(String[]::new);
    }
  }

  /** A lexicon list in its {@code longestFirst} order (the longest of two overlapping words wins). */
  public static WordAlternation longestFirst(Lexicon lexicon, String list) {
    return new WordAlternation(lexicon.longestFirst(list));
  }

  /** The same alternation as a compiled regex, to compose into larger expressions. */
  public Pattern pattern() {
    return pattern;
  }

  /** Whether a word occurs in the text ({@code pattern().matcher(text).find()}). */
  public boolean find(CharSequence text) {
    return start(text, 0, text.length()) >= 0;
  }

  /**
   * Where the first match in {@code [from, to)} starts (a word must end by {@code to}, as in a matcher's
   * region), or -1.
   */
  public int start(CharSequence text, int from, int to) {
    for (int p = from; p < to; p++) {
      if (wordAt(text, p, to) != null) {
        return p;
      }
    }
    return -1;
  }

  /**
   * The end of the last match when the text is searched match after match from its start, as successive
   * {@code find()} calls of a matcher do (each search starts at the end of the previous match), or -1.
   */
  public int lastEnd(CharSequence text) {
    int at = -1;
    int p = 0;
    int n = text.length();
    while (p < n) {
      String w = wordAt(text, p, n);
      if (w == null) {
        p++;
      } else {
        p += w.length();
        at = p;
      }
    }
    return at;
  }

  /**
   * Whether a match found match after match from the text's start covers position {@code at} (starts at
   * or before it and ends after it).
   */
  public boolean covers(CharSequence text, int at) {
    int p = 0;
    int n = text.length();
    while (p <= at && p < n) {
      String w = wordAt(text, p, n);
      if (w == null) {
        p++;
      } else if (p + w.length() > at) {
        return true;
      } else {
        p += w.length();
      }
    }
    return false;
  }

  /** The first word in list order that starts at {@code p} and ends by {@code to}, or null. */
  public String wordAt(CharSequence text, int p, int to) {
    char c = text.charAt(p);
    if ((firstChars[c >>> 6] & (1L << c)) == 0) {
      return null;
    }
    for (String w : byFirst[Arrays.binarySearch(keys, c)]) {
      if (p + w.length() <= to && startsWith(text, w, p)) {
        return w;
      }
    }
    return null;
  }

  private static boolean startsWith(CharSequence text, String w, int p) {
    for (int i = 1; i < w.length(); i++) {
      if (text.charAt(p + i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
