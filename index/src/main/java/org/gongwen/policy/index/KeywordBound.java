package org.gongwen.policy.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;

/**
 * Bounds the keyword terms and doc values of an entry. Lucene refuses a term or a sorted doc value over
 * 32,766 bytes ({@code DocValuesField "docTitle" is too large}), and extraction has no such limit: a
 * file whose first line is 40,000 characters has that line as its title. A value longer than
 * {@link #MAX_BYTES} in UTF-8 is cut at a character boundary and ends in {@link #MARKER}; the stored
 * fields keep the full text, so only exact matching and sorting see the cut.
 */
public final class KeywordBound {

  /** Most UTF-8 bytes of a keyword term or doc value, marker included. */
  public static final int MAX_BYTES = 4096;

  /** Ends a cut value. */
  public static final String MARKER = "…[truncated]";

  private KeywordBound() {}

  /** {@code value}, or its longest prefix that fits with the marker. */
  public static String text(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= MAX_BYTES) {
      return value;
    }
    int budget = MAX_BYTES - MARKER.getBytes(StandardCharsets.UTF_8).length;
    int bytes = 0;
    int end = 0;
    while (end < value.length()) {
      int cp = value.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    return value.substring(0, end) + MARKER;
  }

  /** {@link #text} as doc-value bytes. */
  public static BytesRef bytes(String value) {
    return new BytesRef(text(value));
  }
}
