package org.gongwen.policy.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files may be extracted in the importing JVM (isolation by risk): plain text and HTML pages, read
 * by our own decoder and jsoup, whose cost grows with their size and which cannot hang a parser or exhaust
 * the heap below the size bound. Everything else (PDF, OFD, DOC, DOCX, ODT, RTF, and any file whose name
 * says nothing) goes to a child JVM, where a hanging or memory-hungry parser (PDFBox, POI, Tika) is
 * killed without harm. A file is low-risk when all hold:
 * <ul>
 *   <li>its name ends in {@code .txt}, {@code .text}, {@code .htm} or {@code .html};
 *   <li>it is at most {@link #IN_PROCESS_MAX_BYTES} (a larger text goes to a child with its own heap cap);
 *   <li>its first bytes are no container format's magic ({@code %PDF}, ZIP {@code PK\3\4}, OLE2
 *       {@code D0 CF 11 E0}, {@code {\rtf}): a PDF named {@code .txt} is still read by PDFBox, so in a child.
 * </ul>
 */
public final class IsolationRiskRule {

  /** Where a file is extracted. */
  public enum Risk {
    /** In this JVM, on a watched thread ({@link InProcessWorker}). */
    LOW,
    /** In a child JVM ({@link ChildProcessWorker}). */
    HIGH
  }

  /** Low-risk files are at most this large: 4 MiB of text stays well inside a 256 MB heap. */
  public static final long IN_PROCESS_MAX_BYTES = 4L << 20;

  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "htm", "html");
  private static final byte[][] CONTAINER_MAGIC = {
      {'%', 'P', 'D', 'F'},
      {'P', 'K', 3, 4},
      {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
      {'{', '\\', 'r', 't', 'f'},
  };

  private IsolationRiskRule() {}

  /** The risk of a file on disk; a file that cannot be read is high-risk (the child reports why). */
  public static Risk of(Path file) {
    try {
      long bytes = Files.size(file);
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(8);
      }
      return of(file.getFileName().toString(), bytes, head);
    } catch (IOException | RuntimeException e) {
      return Risk.HIGH;
    }
  }

  /** The risk of a file by its name, size and first bytes. */
  public static Risk of(String name, long bytes, byte[] head) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!TEXT_EXTENSIONS.contains(ext) || bytes > IN_PROCESS_MAX_BYTES) {
      return Risk.HIGH;
    }
    for (byte[] magic : CONTAINER_MAGIC) {
      if (startsWith(head, magic)) {
        return Risk.HIGH;
      }
    }
    return Risk.LOW;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
