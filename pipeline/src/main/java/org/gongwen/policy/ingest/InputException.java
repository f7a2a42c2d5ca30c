package org.gongwen.policy.ingest;

import java.nio.file.Path;

/**
 * A file that cannot become a document. The message always starts with the file in brackets and states
 * the fact, e.g. {@code [seeds/x.pdf] encrypted PDF: a password is needed to read it}. {@link #reason()}
 * is a stable machine-readable code used in failure reports.
 */
public class InputException extends Exception {

  /** Stable codes for failure reports and exit handling. */
  public enum Reason {
    MISSING("missing"),
    EMPTY("empty"),
    TOO_LARGE("too-large"),
    UNSUPPORTED("unsupported-type"),
    ENCRYPTED("encrypted"),
    NO_TEXT("no-text-layer"),
    /** A text layer in fonts that map their glyphs to no Unicode (CID fonts without ToUnicode). */
    GARBLED("garbled-text-layer"),
    CORRUPT("corrupt"),
    UNREADABLE("unreadable");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Path file;
  private final Reason reason;

  public InputException(Path file, Reason reason, String fact) {
    this(file, reason, fact, null);
  }

  public InputException(Path file, Reason reason, String fact, Throwable cause) {
    super("[" + file + "] " + fact, cause);
    this.file = file;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  public Reason reason() {
    return reason;
  }
}
