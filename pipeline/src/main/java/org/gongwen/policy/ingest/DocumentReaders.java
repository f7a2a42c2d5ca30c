package org.gongwen.policy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The entry to this package: checks a file, detects its media type and hands it to the first reader
 * that accepts that type.
 *
 * <p>Checks, in order: missing ({@code MISSING}), a directory ({@code UNSUPPORTED}), 0 bytes
 * ({@code EMPTY}), larger than the size limit ({@code TOO_LARGE}). The media type comes from Tika's
 * {@link DefaultDetector} on content and file name, where content (magic) wins over a wrong extension:
 * a PDF named {@code .txt} is a PDF; a ZIP package with {@code OFD.xml}
 * at its root is {@code application/ofd}. Files detected as {@code text/plain} or
 * {@code application/octet-stream} are sniffed: binary content is {@code application/octet-stream}
 * whatever its name says, text is {@code text/plain} (legacy Chinese charsets are text). A reader's
 * result with nothing but whitespace is {@code EMPTY}. These are the only size and type checks of a file
 * (readers do not repeat them), and the file's SHA-256 is computed here once and handed on in
 * {@link ExtractedText#sha256()}.
 *
 * <p>Immutable and safe to share across threads if its readers are.
 */
public final class DocumentReaders {

  /** Default size limit: 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  static final String OCTET_STREAM = "application/octet-stream";

  private final List<DocumentReader> readers;
  private final long maxBytes;
  /** Tika's detector, made on the first file that {@link HeaderSniff} cannot place (see {@link #detector()}). */
  private volatile Detector detector;
  private final Object detectorLock = new Object();

  /** A dispatcher over {@code readers}, asked in order, with the default size limit. */
  public DocumentReaders(List<DocumentReader> readers) {
    this(readers, DEFAULT_MAX_BYTES);
  }

  /** A dispatcher over {@code readers}, asked in order; files over {@code maxBytes} are refused. */
  public DocumentReaders(List<DocumentReader> readers, long maxBytes) {
    this.readers = List.copyOf(readers);
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The readers, in the order they are asked. */
  public List<DocumentReader> readers() {
    return readers;
  }

  /** Short names of all supported formats, in reader order, e.g. {@code [pdf, docx, doc, html, txt]}. */
  public List<String> formats() {
    return readers.stream().flatMap(r -> r.formats().stream()).distinct().toList();
  }

  /**
   * Reads one file.
   *
   * @throws InputException typed; its message names the file and the fact
   */
  public ExtractedText read(Path file) throws InputException {
    String mediaType = detect(file);
    DocumentReader reader =
        readers.stream().filter(r -> r.accepts(mediaType)).findFirst().orElse(null);
    if (reader == null) {
      throw new InputException(
          file, InputException.Reason.UNSUPPORTED,
          "unsupported media type [" + mediaType + "]; supported: " + String.join(", ", formats()));
    }
    ExtractedText text = reader.read(file, mediaType);
    if (text.text().isBlank()) {
      throw new InputException(file, InputException.Reason.EMPTY, "no text");
    }
    FileDigest.Result digest = FileDigest.of(file);
    return text.withFile(digest.sha256(), digest.bytes());
  }

  /**
   * Checks the file and detects its media type (base type, no parameters), e.g. {@code
   * application/pdf}.
   *
   * @throws InputException if the file is missing, a directory, empty, too large or unreadable
   */
  public String detect(Path file) throws InputException {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new InputException(file, InputException.Reason.MISSING, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file, InputException.Reason.UNSUPPORTED, "is a directory, not a file");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new InputException(file, InputException.Reason.EMPTY, "empty file (0 bytes)");
      }
      if (size > maxBytes) {
        throw new InputException(
            file, InputException.Reason.TOO_LARGE,
            "file too large: " + size + " bytes; limit " + maxBytes + " bytes");
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(ContentSniffer.SAMPLE_BYTES);
      }
      if (ContentSniffer.utf16WithoutBom(head, head.length) != null) {
        return PlainTextReader.MEDIA_TYPE; // Tika's magic takes it for an image
      }
      String sniffed = HeaderSniff.mediaType(file.getFileName().toString(), head, head.length);
      if (sniffed != null) {
        return sniffed; // certain from the name and first bytes: Tika's magic would say the same
      }
      MediaType detected;
      Metadata metadata = new Metadata();
      try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
        detected = detector().detect(in, metadata);
      }
      String type = detected.getBaseType().toString();
      if (type.equals("application/zip") && isOfd(file)) {
        return OfdReader.MEDIA_TYPE;
      }
      if (type.equals(PlainTextReader.MEDIA_TYPE) || type.equals(OCTET_STREAM)) {
        return ContentSniffer.looksBinary(head, head.length) ? OCTET_STREAM : PlainTextReader.MEDIA_TYPE;
      }
      return type;
    } catch (IOException e) {
      throw new InputException(
          file, InputException.Reason.UNREADABLE, "cannot read: " + TikaReader.shortCause(e), e);
    }
  }

  /**
   * Tika's {@link DefaultDetector}, made on first use: building it parses Tika's whole media-type
   * registry (about a quarter of the CPU of a cold one-file run), which a TXT, PDF or HTML file that
   * {@link HeaderSniff} places never needs.
   */
  private Detector detector() {
    Detector d = detector;
    if (d == null) {
      synchronized (detectorLock) {
        d = detector;
        if (d == null) {
          d = new DefaultDetector();
          detector = d;
        }
      }
    }
    return d;
  }

  /** Whether Tika's detector has been made (tests of the laziness). */
  boolean detectorMade() {
    return detector != null;
  }

  /** An OFD package is a ZIP whose root holds {@code OFD.xml}. */
  private static boolean isOfd(Path file) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      return zip.getEntry("OFD.xml") != null;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "DocumentReaders"
        + readers.stream().map(DocumentReader::name).collect(Collectors.joining(", ", "[", "]"));
  }
}
