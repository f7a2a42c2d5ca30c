/**
 * The output contract as Java records: one record per object of
 * {@code ../shared/spec/extraction-spec.md} (schema {@code policy-doc/1}), field names exactly as the
 * spec names them, so Jackson writes the JSON without a mapping layer.
 *
 * <p>Invariants: every record is immutable (lists are copied with {@link java.util.List#copyOf});
 * every {@link org.gongwen.policy.model.Span} is a half-open range of UTF-16 code units into the
 * document's normalized text ({@code PolicyDocument.text} when written with {@code --with-text});
 * {@code page} is 1-based and present only for paged inputs (PDF).
 */
package org.gongwen.policy.model;
