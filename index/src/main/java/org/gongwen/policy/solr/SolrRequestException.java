package org.gongwen.policy.solr;

import java.io.IOException;

/**
 * A request to Solr failed: Solr unreachable, an error status, or an answer that is no JSON. The message
 * starts with the collection in brackets and says which request failed and why (Solr's own error message
 * when it sent one).
 */
public final class SolrRequestException extends IOException {

  private final int status;

  public SolrRequestException(SolrCollection collection, String fact, int status, Throwable cause) {
    super("[" + collection + "] " + fact, cause);
    this.status = status;
  }

  /** The HTTP status Solr answered with; 0 when no answer came. */
  public int status() {
    return status;
  }
}
