package org.gongwen.policy.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The media type of the most common inputs from their name and first bytes, before (and instead of)
 * Tika's detection, which evaluates every magic pattern it knows (5–10 % of a TXT's extraction). It
 * answers only where Tika's answer is certain, and null otherwise (Tika decides):
 * <ul>
 *   <li>{@code .pdf} starting {@code %PDF-} → {@code application/pdf};
 *   <li>{@code .txt} whose first byte (after a UTF-8 byte-order mark and blank lines) is no ASCII byte
 *       and no UTF-16 byte-order mark, whose sample does not look binary
 *       ({@link ContentSniffer#looksBinary}) and holds no markup ({@code <} before a letter, {@code !},
 *       {@code ?} or {@code /}; a {@code <10%} is no markup): no magic pattern of Tika's (ASCII or
 *       binary signatures at the start, markup within the first bytes) can match, so Tika's answer would be text by name or octet-stream, which
 *       {@link DocumentReaders} turns into {@code text/plain} for such a sample either way;
 *   <li>{@code .html} / {@code .htm} starting (after a byte-order mark and white space) with
 *       {@code <!DOCTYPE html} or {@code <html} that does not mention XHTML → {@code text/html}.
 * </ul>
 * Tested against Tika's own answer on the seeds, samples and generated edge cases
 * ({@code HeaderSniffTest}).
 */
final class HeaderSniff {

  static final String PDF = "application/pdf";
  static final String HTML = "text/html";

  private HeaderSniff() {}

  /** The media type, or null when Tika has to decide. */
  static String mediaType(String fileName, byte[] head, int length) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return startsWith(head, length, 0, "%PDF-") ? PDF : null;
    }
    int start = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
        ? 3 : 0;
    if (name.endsWith(".txt")) {
      int i = start;
      while (i < length && isBlank(head[i])) {
        i++;
      }
      int first = i < length ? head[i] & 0xFF : 0;
      if (first < 0x80 || first >= 0xFE || ContentSniffer.looksBinary(head, length)) {
        return null; // ASCII first (any magic may match), a UTF-16 byte-order mark, or binary: Tika decides
      }
      for (int j = 0; j + 1 < length; j++) {
        if (head[j] == '<' && isMarkupStart(head[j + 1])) {
          return null; // <html, <?xml, <!DOCTYPE, </…: markup magic may match
        }
      }
      return PlainTextReader.MEDIA_TYPE;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      int i = start;
      while (i < length && isBlank(head[i])) {
        i++;
      }
      if (!startsWithIgnoreCase(head, length, i, "<!doctype html") && !startsWithIgnoreCase(head, length, i, "<html")) {
        return null;
      }
      String sample = new String(head, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      return sample.contains("xhtml") || sample.contains("<?xml") ? null : HTML;
    }
    return null;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private static boolean isMarkupStart(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '!' || b == '?' || b == '/';
  }

  private static boolean startsWith(byte[] head, int length, int at, String ascii) {
    if (length - at < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (head[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(byte[] head, int length, int at, String lowerAscii) {
    if (length - at < lowerAscii.length()) {
      return false;
    }
    for (int i = 0; i < lowerAscii.length(); i++) {
      if (Character.toLowerCase((char) (head[at + i] & 0xFF)) != lowerAscii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
