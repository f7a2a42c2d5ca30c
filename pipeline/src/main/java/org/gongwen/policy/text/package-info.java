/**
 * Text normalization: {@link org.gongwen.policy.ingest.ExtractedText} in,
 * {@link org.gongwen.policy.text.NormalizedText} out.
 *
 * <p>{@code NormalizedText.text()} is the only coordinate system for spans in the output. The
 * normalizer keeps, for every character it writes, the offset of the raw character it came from, so a
 * span can always be traced back to the reader's text and to its page. What it changes: page footers
 * dropped, lines that a page break or layout cut in mid-sentence joined, spaces that PDF extraction put
 * between Han characters and digits or Latin removed. What it never changes: the characters themselves
 * (no punctuation or width folding), table lines (tab-separated rows) except spaces around digits.
 */
package org.gongwen.policy.text;
