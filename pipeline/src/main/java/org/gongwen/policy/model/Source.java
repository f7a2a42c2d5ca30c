package org.gongwen.policy.model;

/** Where a document came from (spec §1 {@code source}). {@code pages} is null for unpaged formats. */
public record Source(String file, String mediaType, String sha256, long bytes, String charset, Integer pages) {}
