package org.gongwen.policy.ingest;

/**
 * Tells text from binary by looking at the first bytes, for files that detection calls
 * {@code text/plain} only because of their name, or {@code application/octet-stream} only because
 * Tika's own text check does not know legacy Chinese charsets.
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

  private static boolean isUtf16Bom(int b0, int b1) {
    return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
  }
}
