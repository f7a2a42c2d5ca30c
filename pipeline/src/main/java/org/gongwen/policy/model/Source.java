package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a document came from (spec §1 {@code source}). {@code pages} is null for unpaged formats;
 * {@code pageMetadata} is the 信息公开 box of a web page, written only when the page has one.
 */
public record Source(
    String file, String mediaType, String sha256, long bytes, String charset, Integer pages,
    @JsonInclude(JsonInclude.Include.NON_NULL) PageMetadata pageMetadata) {

  /** A source without a page box. */
  public Source(String file, String mediaType, String sha256, long bytes, String charset, Integer pages) {
    this(file, mediaType, sha256, bytes, charset, pages, null);
  }
}
