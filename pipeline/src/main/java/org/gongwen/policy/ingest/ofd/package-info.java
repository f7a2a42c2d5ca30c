/**
 * OFD page content for {@link org.gongwen.policy.ingest.OfdReader}: the text objects' characters as
 * {@link org.gongwen.policy.ingest.pdf.Glyph}s ({@link org.gongwen.policy.ingest.ofd.TextObjectGlyphs}) and
 * the path objects' straight lines as {@link org.gongwen.policy.ingest.pdf.Rule}s
 * ({@link org.gongwen.policy.ingest.ofd.PathObjectRules}), both in the display coordinates of the PDF
 * layout (points, origin at the page's top left, y down), so that one
 * {@link org.gongwen.policy.ingest.pdf.PageLayout} rebuilds lines, paragraphs and ruled tables from either
 * format. OFD positions are millimetres: an object's {@code CTM} maps its own coordinates into its
 * {@code Boundary}, whose origin is on the page. Stateless; one call per page.
 */
package org.gongwen.policy.ingest.ofd;
