/**
 * PDF page layout for {@link org.gongwen.policy.ingest.PdfReader}: glyphs and drawn rules collected from one
 * page are rebuilt into text in the line contract of {@link org.gongwen.policy.ingest}. Both are collected
 * in one content-stream pass per page ({@link org.gongwen.policy.ingest.pdf.GlyphCollector}, PDFBox's text
 * engine with the graphics operators of {@code RulingOperators} added); the stand-alone graphics pass
 * {@link org.gongwen.policy.ingest.pdf.RuleCollector} records the same rules and is kept as the reference.
 *
 * <p>Coordinates here are display coordinates in points: x grows to the right, y grows downwards from the
 * top of the (crop box of the) page, after the page's {@code /Rotate}. Everything is per page and
 * stateless; nothing here keeps state between pages or documents.
 *
 * <p>What a reader sees decides: paint in white is no rule ({@link org.gongwen.policy.ingest.pdf.RuleCollector}),
 * a grid is a table only when it holds tabular text ({@code Table#tabular}), a heading marker starts a block
 * ({@code HeadingMarkerRule}), a 抄送 list keeps its lines ({@code ClosingBlockRule}), contents pages give
 * no entries ({@code TableOfContentsRule}), and a page that is an image with at most a scanner's stamp
 * has no text layer ({@link org.gongwen.policy.ingest.pdf.ScannedPageRule}); such pages are read by
 * {@link org.gongwen.policy.ingest.pdf.TesseractOcr} when OCR is asked.
 *
 * <p>The words these rules know (the units of an article heading, the labels of distribution lines) come
 * from the lexicon: a {@link org.gongwen.policy.ingest.pdf.PageLayout} is built once per reader from it and
 * holds its rules, immutable, so one layout serves every page and thread.
 */
package org.gongwen.policy.ingest.pdf;
