package org.gongwen.policy.search;

/**
 * A query string that does not follow the query syntax ({@link QuerySyntax}). The message names the
 * offending part in brackets and the character position where it starts.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

  private final int position;

  public QuerySyntaxException(String message, int position) {
    super(message + " (at character " + position + ")");
    this.position = position;
  }

  /** Zero-based character position in the query string. */
  public int position() {
    return position;
  }
}
