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
}
