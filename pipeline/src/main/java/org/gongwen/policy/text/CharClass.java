package org.gongwen.policy.text;

/** Character classes the normalizer and the structure rules need. Pure functions. */
public final class CharClass {

  private CharClass() {}

  /** A Han ideograph (CJK unified, extension A, compatibility) or 〇. */
  public static boolean isHan(char c) {
    return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf')
        || (c >= '\uf900' && c <= '\ufaff') || c == '〇';
  }

  /** An ASCII letter or digit: the only neighbours between which a space is a real word gap. */
  public static boolean isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Horizontal white space as it appears in extracted Chinese text (ASCII, ideographic, no-break). */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u200b';
  }

  /** Punctuation that ends a sentence or a closed clause: a line ending in one is not cut mid-sentence. */
  public static boolean endsSentence(char c) {
    return "。！？；：!?;:）)】〕]」』".indexOf(c) >= 0;
  }

  /** White space as {@code \\s} of a regex without flags sees it: space, tab, line ends, vertical tab, form feed. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The text without its {@link #isRegexSpace} chars, as {@code text.replaceAll("\\s+", "")} gives it, in one
   * pass and without a copy when there is none.
   */
  public static String withoutRegexSpace(String text) {
    int i = 0;
    while (i < text.length() && !isRegexSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isRegexSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
