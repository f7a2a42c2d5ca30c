package org.gongwen.policy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import java.util.function.Supplier;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads DOCX, DOC, HTML and ODT through Tika's {@link AutoDetectParser}, writing Tika's XHTML
 * into the line contract of this package with {@link LineContractHandler} (so tables stay tables).
 * Embedded objects (images, attached files) and DOCX/DOC page headers and footers are left out. RTF is not accepted: Tika's RTF parser
 * writes table cells as paragraphs, which would break the table part of the line contract. For HTML the charset Tika found (meta
 * charset or detection) is recorded.
 *
 * <p>Failures: an encrypted file is {@code ENCRYPTED}; a file that would write more than the
 * character limit, or that POI/Tika refuse as a zip bomb, is {@code TOO_LARGE}; anything else that
 * Tika, the XML layer or I/O report is {@code CORRUPT} with the cause kept.
 */
public final class TikaReader implements DocumentReader {

  /** Default limit on the characters one document may produce: 20 million. */
  public static final long DEFAULT_MAX_CHARS = 20_000_000L;

  /** Media type → short format name; insertion order is the order of {@link #formats()}. */
  private static final Map<String, String> FORMATS = formatsByMediaType();

  /** Encrypted OOXML (a password-protected DOCX is an OLE2 container); reading it fails as ENCRYPTED. */
  static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

  private static final EmbeddedDocumentExtractor SKIP_EMBEDDED = new SkipEmbedded();

  /**
   * Tika's parser registry, built on the first DOCX/HTML/DOC read: building it loads every parser (POI's
   * spreadsheet, slideshow and word classes among them), which a run of TXT or PDF files never needs.
   */
  private final Supplier<Parser> parser = memoize(AutoDetectParser::new);
  private final long maxChars;

  /** A reader with the default character limit. */
  public TikaReader() {
    this(DEFAULT_MAX_CHARS);
  }

  /** A reader that stops with {@code TOO_LARGE} once a document has produced more than maxChars. */
  public TikaReader(long maxChars) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public String name() {
    return "tika";
  }

  @Override
  public List<String> formats() {
    return FORMATS.values().stream().distinct().toList();
  }

  private static final HtmlMapper HTML_MAPPER = new SpanKeepingHtmlMapper();

  @Override
  public boolean accepts(String mediaType) {
    return FORMATS.containsKey(mediaType) || OOXML_PROTECTED.equals(mediaType);
  }

  @Override
  public ExtractedText read(Path file, String mediaType) throws InputException {
    String format = FORMATS.getOrDefault(mediaType, "docx").toUpperCase(Locale.ROOT);
    Metadata metadata = new Metadata();
    boolean html = "html".equals(FORMATS.get(mediaType));
    LineContractHandler handler = new LineContractHandler(maxChars, !html);
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
    context.set(OfficeParserConfig.class, officeConfig());
    context.set(HtmlMapper.class, HTML_MAPPER);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.get().parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new InputException(
          file, InputException.Reason.ENCRYPTED,
          "encrypted " + format + ": a password is needed to read it", e);
    } catch (ZeroByteFileException e) {
      throw new InputException(file, InputException.Reason.EMPTY, "empty file (0 bytes)", e);
    } catch (TikaException | SAXException | IOException e) {
      throw translate(file, format, e);
    }
    String charset = mediaType.startsWith("text/") ? metadata.get(Metadata.CONTENT_ENCODING) : null;
    return new ExtractedText(handler.text(), List.of(), handler.tables(), mediaType, charset, List.of());
  }

  private InputException translate(Path file, String format, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LineContractHandler.TextLimitException) {
        return new InputException(
            file, InputException.Reason.TOO_LARGE,
            format + " produces more than " + maxChars + " characters of text (zip bomb?)", e);
      }
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return new InputException(
            file, InputException.Reason.ENCRYPTED,
            "encrypted " + format + ": a password is needed to read it", e);
      }
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return new InputException(
            file, InputException.Reason.TOO_LARGE,
            format + " expands too much when unpacked (zip bomb?)", e);
      }
    }
    return new InputException(
        file, InputException.Reason.CORRUPT,
        "corrupt or truncated " + format + ": " + shortCause(e), e);
  }

  /** The innermost cause as {@code SimpleName: first line of message}, at most 160 characters. */
  static String shortCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String text = root.getClass().getSimpleName();
    if (message != null && !message.isBlank()) {
      text += ": " + message.strip().lines().findFirst().orElse("");
    }
    return text.length() <= 160 ? text : text.substring(0, 157) + "...";
  }

  /** Page headers and footers (running furniture such as page numbers) are left out of the text. */
  private static OfficeParserConfig officeConfig() {
    OfficeParserConfig config = new OfficeParserConfig();
    config.setIncludeHeadersAndFooters(false);
    return config;
  }

  private static Map<String, String> formatsByMediaType() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    m.put("application/msword", "doc");
    m.put("text/html", "html");
    m.put("application/xhtml+xml", "html");
    m.put("application/vnd.oasis.opendocument.text", "odt");
    return Collections.unmodifiableMap(m);
  }

  /** Parses no embedded documents: images and attachments inside a DOCX are skipped. */
  private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // never called: shouldParseEmbedded is false
    }
  }

  /** A thread-safe, lazily computed value (computed at most once). */
  private static <T> Supplier<T> memoize(Supplier<T> compute) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = compute.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
