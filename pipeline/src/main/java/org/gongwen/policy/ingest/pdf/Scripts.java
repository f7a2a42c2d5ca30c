package org.gongwen.policy.ingest.pdf;

/** Character classes that decide where spaces belong when glyphs and lines are put together. */
public final class Scripts {

  private Scripts() {}

  /**
   * Whether a code point belongs to East Asian wide text: Han, kana, Hangul, CJK punctuation and
   * full-width forms. No space is ever inserted next to such a character.
   */
  public static boolean wide(int cp) {
    // the common cases first, without the script table's binary search: ASCII is never wide, and the
    // CJK Unified Ideographs block (assigned in full up to U+9FEF) is Han
    if (cp < 0x80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FEF) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    return (cp >= 0x2E80 && cp <= 0x303F) // radicals, CJK symbols and punctuation
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFFEF) // half- and full-width forms
        || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019
        || cp == 0x00B7;
  }

  static boolean wideEnd(CharSequence s) {
    return s.length() > 0 && wide(Character.codePointBefore(s, s.length()));
  }

  static boolean wideStart(CharSequence s) {
    return s.length() > 0 && wide(Character.codePointAt(s, 0));
  }

  /**
   * Joins two pieces of one logical line (wrapped lines of a paragraph or of a table cell): without a
   * space when either side is wide text, the first piece holds any wide text at all (CJK layout breaks
   * lines anywhere, even inside a number, and a space at the break is not shown), the first ends with a
   * hyphen, slash or opening bracket, or the second starts with closing punctuation; else, as in Latin
   * text, with one space.
   */
  static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    if (wideEnd(a) || wideStart(b) || hasWide(a) || "-/([{".indexOf(a.charAt(a.length() - 1)) >= 0
        || ")]}%,.;:!?".indexOf(b.charAt(0)) >= 0) {
      return a + b;
    }
    return a + " " + b;
  }

  static boolean hasWide(CharSequence s) {
    return s.codePoints().anyMatch(Scripts::wide);
  }
}
