/**
 * Format readers: one input file in, {@link org.gongwen.policy.ingest.ExtractedText} out.
 *
 * <p>The contract every reader keeps, so that later steps never look at formats:
 * <ul>
 *   <li>lines are separated by {@code \n}; a blank line separates paragraphs where the format knows them;
 *   <li>a table row is one line with its cells joined by {@code \t} (a multi-line cell has its inner line
 *       breaks replaced by a space), a merged cell that the format repeats is written once and the others
 *       are left empty; a table starts after a blank line and ends with a blank line;
 *   <li>every table is also handed over as a {@link org.gongwen.policy.ingest.SourceTable} in
 *       {@link org.gongwen.policy.ingest.ExtractedText#tables()}: its cells with their row and column spans,
 *       and the range of its row lines in the text. Later steps take these as the tables and treat no
 *       other line as a row: a tab in any other line is a space. Formats that mark tables (DOCX, DOC, ODT,
 *       HTML), PDF and OFD (ruled grids, one table per page piece) record them as they write them; plain text,
 *       which has only tabs, has them found by {@link org.gongwen.policy.ingest.TabTables} (a tab-indented
 *       paragraph is not a table);
 *   <li>for paged formats (PDF, OFD) {@code pageStarts} holds the offset of each page's first character and
 *       running page furniture (footers such as {@code — 3 —}) is already removed;
 *   <li>failures are typed {@link org.gongwen.policy.ingest.InputException}s whose message names the file.
 * </ul>
 *
 * <p>{@link org.gongwen.policy.ingest.DocumentReaders} is the entry: it checks the file (missing, directory,
 * empty, too large), detects the media type with Tika (content wins over the extension; binary content is
 * never text) and asks its readers, in the order given, for the first that accepts the type; it is the one
 * place a file's size and type are checked and its SHA-256 computed ({@link
 * org.gongwen.policy.ingest.FileDigest}, one read).
 * {@link org.gongwen.policy.ingest.PlainTextReader} reads {@code text/plain} in UTF-8/16, GB18030 or Big5;
 * {@link org.gongwen.policy.ingest.TikaReader} reads DOCX, DOC and ODT (and HTML when asked directly);
 * web pages go to {@link org.gongwen.policy.ingest.html.HtmlReader} (the page's document, not its site); the PDF reader plugs in the
 * same way. {@link org.gongwen.policy.ingest.OfdReader} turns an OFD page's text and path objects into the
 * glyphs and rules of the PDF layout ({@link org.gongwen.policy.ingest.ofd}), so both paged formats share
 * one page layout ({@link org.gongwen.policy.ingest.pdf.PageLayout}) and one page joining
 * ({@link org.gongwen.policy.ingest.PagedText}).
 */
package org.gongwen.policy.ingest;
