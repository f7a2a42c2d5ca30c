package org.gongwen.policy.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code text/plain} files. The charset is guessed (byte-order mark, strict UTF-8, GB18030,
 * Big5: see {@link TextDecoder}) and recorded in {@link ExtractedText#charset()}; line ends become
 * {@code 
} and a byte-order mark is dropped. Nothing else is changed. Plain text has only tabs to
 * mark tables: they are found by {@link TabTables} (a paragraph indented with a tab is not a table).
 * A file that decodes to more characters than the limit (the same as {@link TikaReader}'s) is
 * {@code TOO_LARGE}, before the pipeline spends memory on it.
 */
public final class PlainTextReader implements DocumentReader {

  public static final String MEDIA_TYPE = "text/plain";

  private final TextDecoder decoder = new TextDecoder();
  private final long maxChars;

  /** A reader with the character limit of {@link TikaReader#DEFAULT_MAX_CHARS}. */
  public PlainTextReader() {
    this(TikaReader.DEFAULT_MAX_CHARS);
  }

  /** A reader that refuses, as {@code TOO_LARGE}, a file that decodes to more than maxChars characters. */
  public PlainTextReader(long maxChars) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public String name() {
    return "txt";
  }

  @Override
  public boolean accepts(String mediaType) {
    return MEDIA_TYPE.equals(mediaType);
  }

  @Override
  public ExtractedText read(Path file, String mediaType) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, InputException.Reason.UNREADABLE, "cannot read: " + e, e);
    }
    if (bytes.length / 4 > maxChars) { // even 4-byte characters would be too many
      throw tooLarge(file);
    }
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    bytes = null;
    if (decoded.text().length() > maxChars) {
      throw tooLarge(file);
    }
    String text = normalizeLineEnds(decoded.text());
    List<String> warnings =
        decoded.replaced() == 0
            ? List.of()
            : List.of(
                "txt: "
                    + decoded.replaced()
                    + " undecodable byte sequences replaced by U+FFFD (read as "
                    + decoded.charset().name()
                    + ")");
    return new ExtractedText(text, List.of(), TabTables.find(text), mediaType, decoded.charset().name(), warnings);
  }

  private InputException tooLarge(Path file) {
    return new InputException(file, InputException.Reason.TOO_LARGE,
        "text file of more than " + maxChars + " characters: too large to extract in one piece");
  }

  /** {@code \r\n} and lone {@code \r} become {@code \n}; a leading U+FEFF is dropped. */
  static String normalizeLineEnds(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    return unified.startsWith("\uFEFF") ? unified.substring(1) : unified;
  }
}
