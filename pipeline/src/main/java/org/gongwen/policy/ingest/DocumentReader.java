package org.gongwen.policy.ingest;

import java.nio.file.Path;
import java.util.List;

/** Reads one format. Implementations are stateless and safe to share across threads. */
public interface DocumentReader {

  /** A short name for messages, e.g. {@code pdf}. */
  String name();

  /**
   * Short names of the formats this reader handles, for messages such as {@code supported: pdf, docx}.
   * Defaults to {@link #name()}.
   */
  default List<String> formats() {
    return List.of(name());
  }

  /** Whether this reader handles files of the given detected media type. */
  boolean accepts(String mediaType);

  /** Reads the file; {@code mediaType} is what detection found. */
  ExtractedText read(Path file, String mediaType) throws InputException;
}
