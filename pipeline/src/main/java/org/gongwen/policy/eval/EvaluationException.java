package org.gongwen.policy.eval;

import java.nio.file.Path;

/**
 * An input of the evaluation that cannot be read: a missing directory, a file that is not JSON, a part
 * of the wrong shape. The message starts with the file in brackets, e.g.
 * {@code [gold/000.gold.json] not valid JSON: Unexpected end-of-input}.
 */
public final class EvaluationException extends Exception {

  private final Path file;

  public EvaluationException(Path file, String fact) {
    this(file, fact, null);
  }

  public EvaluationException(Path file, String fact, Throwable cause) {
    super("[" + file + "] " + fact, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
