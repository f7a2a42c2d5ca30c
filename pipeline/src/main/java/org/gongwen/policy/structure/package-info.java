/**
 * The document's layout as GB/T 9704 defines it, recovered from normalized text: lines, the attachment
 * regions (附件 N label, caption), the 附件说明 list, the closing block (抄送, 印发), headings of the
 * four levels, and tables (tab-separated rows) with cell spans.
 *
 * <p>Input: {@link org.gongwen.policy.text.NormalizedText}. Output: one immutable
 * {@link org.gongwen.policy.structure.Outline} that every extractor reads; no extractor re-splits text.
 * All offsets are into {@code NormalizedText.text()}.
 */
package org.gongwen.policy.structure;
