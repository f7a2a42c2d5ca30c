package org.gongwen.policy.search;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An index that cannot be searched: missing, empty, or built with another analyzer or field layout.
 * The message starts with the directory in brackets.
 */
public final class IndexUnavailableException extends IOException {

  private final Path dir;

  public IndexUnavailableException(Path dir, String fact) {
    this(dir, fact, null);
  }

  public IndexUnavailableException(Path dir, String fact, Throwable cause) {
    super("[" + dir + "] " + fact, cause);
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }
}
