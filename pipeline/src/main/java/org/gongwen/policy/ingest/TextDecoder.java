package org.gongwen.policy.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the bytes of a plain-text file whose charset nobody declared, for Chinese documents.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides; else UTF-16 without a mark when
 * {@link ContentSniffer#utf16WithoutBom} recognizes it; else a strict UTF-8 decode that
 * succeeds means UTF-8; else GB18030 (a superset of GBK and GB2312); if that text does not look like
 * Chinese, Big5 is tried too and the more {@linkplain #plausibility plausible} of the two wins, GB18030
 * on a tie.
 */
final class TextDecoder {

  /** Decoded text, the charset used and how many characters could not be decoded. */
  record Decoded(String text, Charset charset, int replaced) {}

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset GB2312 = Charset.forName("GB2312");

  /** At or above this plausibility a GB18030 decode is taken without looking at Big5. */
  static final double CONVINCING = 0.9;

  /** Plausibility is judged on at most this many characters. */
  private static final int SAMPLE_CHARS = 20_000;

  Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return lenient(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return lenient(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return lenient(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE);
    }
    Charset utf16 = ContentSniffer.utf16WithoutBom(bytes, Math.min(bytes.length, ContentSniffer.SAMPLE_BYTES));
    if (utf16 != null) {
      return lenient(bytes, utf16);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(text, StandardCharsets.UTF_8, 0);
    } catch (CharacterCodingException notUtf8) {
      // fall through to the Chinese legacy charsets
    }
    Decoded gb = lenient(bytes, GB18030);
    double gbScore = plausibility(gb.text());
    if (gbScore >= CONVINCING) {
      return gb;
    }
    Decoded big5 = lenient(bytes, BIG5);
    return plausibility(big5.text()) > gbScore ? big5 : gb;
  }

  /**
   * Share of the non-ASCII characters that are expected in a Chinese document: CJK punctuation,
   * full-width forms, general punctuation, and common ideographs (those in GB2312 or in Big5's frequent
   * range A440–C67E). Replacement characters, private-use characters and rare ideographs, which is what
   * a wrong legacy charset produces, count against it. Text without non-ASCII characters scores 1.
   */
  static double plausibility(String text) {
    CharsetEncoder gb2312 = GB2312.newEncoder();
    CharsetEncoder big5 = BIG5.newEncoder();
    int considered = 0;
    int expected = 0;
    int end = Math.min(text.length(), SAMPLE_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      considered++;
      if (isPunctuation(c) || isCommonIdeograph(c, gb2312, big5)) {
        expected++;
      }
    }
    return considered == 0 ? 1.0 : (double) expected / considered;
  }

  private static boolean isPunctuation(char c) {
    return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
        || (c >= 0xFF00 && c <= 0xFFEF && c != 0xFFFD) // full-width forms
        || (c >= 0x2010 && c <= 0x206F); // general punctuation: — “ ” …
  }

  private static boolean isCommonIdeograph(char c, CharsetEncoder gb2312, CharsetEncoder big5) {
    if (c < 0x4E00 || c > 0x9FFF) {
      return false;
    }
    if (gb2312.canEncode(c)) {
      return true;
    }
    try {
      ByteBuffer b = big5.encode(CharBuffer.wrap(new char[] {c}));
      if (b.remaining() != 2) {
        return false;
      }
      int code = ((b.get(0) & 0xFF) << 8) | (b.get(1) & 0xFF);
      return code >= 0xA440 && code <= 0xC67E;
    } catch (CharacterCodingException notBig5) {
      return false;
    }
  }

  private static Decoded lenient(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException cannotHappen) {
      throw new IllegalStateException("REPLACE decoder reported an error", cannotHappen);
    }
    int replaced = (int) text.chars().filter(c -> c == 0xFFFD).count();
    return new Decoded(text, charset, replaced);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
