package org.gongwen.policy.ingest;

import java.nio.file.Path;

/** Reads one format. Implementations are stateless and safe to share across threads. */
public interface DocumentReader {

  /** A short name for messages, e.g. {@code pdf}. */
  String name();

  /** Whether this reader handles files of the given detected media type. */
  boolean accepts(String mediaType);

  /** Reads the file; {@code mediaType} is what detection found. */
  ExtractedText read(Path file, String mediaType) throws InputException;
}
