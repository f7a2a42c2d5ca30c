/**
 * PDF page layout for {@link org.gongwen.policy.ingest.PdfReader}: glyphs and drawn rules collected from one
 * page are rebuilt into text in the line contract of {@link org.gongwen.policy.ingest}.
 *
 * <p>Coordinates here are display coordinates in points: x grows to the right, y grows downwards from the
 * top of the (crop box of the) page, after the page's {@code /Rotate}. Everything is per page and
 * stateless; nothing here keeps state between pages or documents.
 */
package org.gongwen.policy.ingest.pdf;
