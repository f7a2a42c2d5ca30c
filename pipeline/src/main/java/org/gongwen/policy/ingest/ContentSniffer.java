package org.gongwen.policy.ingest;

/**
 * Tells text from binary by looking at the first bytes, for files that detection calls
 * {@code text/plain} only because of their name, or {@code application/octet-stream} only because
 * Tika's own text check does not know legacy Chinese charsets; and recognizes UTF-16 text without a
 * byte-order mark, which Tika's magic takes for an image format.
 */
final class ContentSniffer {

  /** How many leading bytes are looked at. */
  static final int SAMPLE_BYTES = 8192;

  /** Share of control bytes above which content is binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private ContentSniffer() {}

  /**
   * Whether {@code head} (the first bytes of a file) looks like binary data: a NUL byte (unless a
   * UTF-16 byte-order mark announces it) or more than 1% control bytes other than tab, line feed, form
   * feed, carriage return and escape.
   */
  static boolean looksBinary(byte[] head, int length) {
    if (length >= 2 && isUtf16Bom(head[0] & 0xFF, head[1] & 0xFF)) {
      return false;
    }
    if (utf16WithoutBom(head, length) != null) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F) {
        control++;
      }
    }
    return length > 0 && control > MAX_CONTROL_SHARE * length;
  }

  /**
   * The UTF-16 byte order of {@code head} when it is UTF-16 text without a byte-order mark, else null.
   * Such text has its NUL bytes (the high bytes of ASCII characters: line ends, digits) on one side of
   * each pair, and nearly every 16-bit unit in that order is a text character (ASCII, Latin and general
   * punctuation, CJK, full-width forms). Random binary data and 8-bit text fail one test or the other.
   */
  static java.nio.charset.Charset utf16WithoutBom(byte[] head, int length) {
    int n = length & ~1;
    if (n < 16 || isUtf16Bom(head[0] & 0xFF, head[1] & 0xFF)) {
      return null;
    }
    int nulEven = 0;
    int nulOdd = 0;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        if (i % 2 == 0) {
          nulEven++;
        } else {
          nulOdd++;
        }
      }
    }
    boolean little = nulOdd > nulEven;
    int major = Math.max(nulEven, nulOdd);
    int minor = Math.min(nulEven, nulOdd);
    if (major < 2 || minor * 2 > major) {
      return null;
    }
    int text = 0;
    for (int i = 0; i < n; i += 2) {
      int b0 = head[i] & 0xFF;
      int b1 = head[i + 1] & 0xFF;
      if (isTextUnit(little ? (b1 << 8) | b0 : (b0 << 8) | b1)) {
        text++;
      }
    }
    if (text < MIN_UTF16_TEXT_SHARE * (n / 2)) {
      return null;
    }
    return little ? java.nio.charset.StandardCharsets.UTF_16LE : java.nio.charset.StandardCharsets.UTF_16BE;
  }

  /** Share of 16-bit units that must be text characters for {@link #utf16WithoutBom}. */
  private static final double MIN_UTF16_TEXT_SHARE = 0.95;

  private static boolean isTextUnit(int u) {
    return u == '\t' || u == '\n' || u == '\r' || u == '\f'
        || (u >= 0x20 && u <= 0x7E)
        || (u >= 0xA0 && u <= 0x24FF) // Latin, general punctuation, letter-like symbols, numbers
        || (u >= 0x2E80 && u <= 0x9FFF) // CJK radicals, punctuation, kana, ideographs
        || (u >= 0xF900 && u <= 0xFAFF) // CJK compatibility ideographs
        || (u >= 0xFE30 && u <= 0xFE4F) // CJK compatibility forms
        || (u >= 0xFF00 && u <= 0xFFEF); // full-width forms
  }

  private static boolean isUtf16Bom(int b0, int b1) {
    return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
  }
}
