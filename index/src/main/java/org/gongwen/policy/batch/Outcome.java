package org.gongwen.policy.batch;

import java.nio.file.Path;
import org.gongwen.policy.model.PolicyDocument;

/** What became of one input file. Exactly one per input. */
public sealed interface Outcome {

  /** Reason code for an extractor's unexpected exception. */
  String INTERNAL = "internal";
  /** Reason code for a file that ran past the per-file timeout. */
  String TIMEOUT = "timeout";
  /** Reason code for a file during which the worker process died (out of memory, native crash). */
  String CRASHED = "crashed";

  /** The input file as the command line reached it. */
  Path file();

  /** Hex SHA-256 of the content, or null when the file could not be read. */
  String sha256();

  /** Size in bytes (0 when unknown). */
  long bytes();

  /** Wall time spent on the file, hashing included. */
  long elapsedMs();

  /** Extracted; {@code document} is the result. */
  record Done(Path file, String sha256, long bytes, PolicyDocument document, long elapsedMs) implements Outcome {}

  /** Already indexed with the same content hash: nothing to do. */
  record Unchanged(Path file, String sha256, long bytes, long elapsedMs) implements Outcome {}

  /**
   * Not an input document: a special file, a link not followed, a file that is not a document by name
   * and content. Counted, listed in {@code skipped.jsonl}, never an error.
   *
   * @param reason a {@link InputWalk.Skip} code
   * @param message one line naming the file in brackets
   */
  record Skipped(Path file, String sha256, long bytes, String reason, String message, long elapsedMs)
      implements Outcome {}

  /** Byte-identical to {@code original}, which is (or is being) indexed: linked, not indexed again. */
  record Duplicate(Path file, String sha256, long bytes, String original, long elapsedMs) implements Outcome {}

  /**
   * Not extracted.
   *
   * @param error stable reason code
   * @param message one line naming the file in brackets
   * @param trace the stack trace when there was an exception (printed with {@code --verbose}), else null
   */
  record Failed(Path file, String sha256, long bytes, String error, String message, String trace, long elapsedMs)
      implements Outcome {

    /** The same failure with the hash, size and time filled in by the runner. */
    Failed with(String sha, long size, long elapsed) {
      return new Failed(file, sha, size, error, message, trace, elapsed);
    }
  }
}
