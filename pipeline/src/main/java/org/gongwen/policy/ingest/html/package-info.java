/**
 * Web pages: the main content of a government page, not its site. {@link
 * org.gongwen.policy.ingest.html.HtmlReader} parses with jsoup, takes the page's 信息公开 box out ({@link
 * org.gongwen.policy.ingest.html.PageMetadataBox}), removes what a reader never sees or what is site
 * furniture ({@link org.gongwen.policy.ingest.html.PageCleaner}), finds the block that holds the document
 * ({@link org.gongwen.policy.ingest.html.MainContentFinder}) and writes it in the line contract of the ingest
 * package ({@link org.gongwen.policy.ingest.html.HtmlLineWriter}), where a layout table is paragraphs and a
 * data table is a table ({@link org.gongwen.policy.ingest.html.TableKind}). The box's labels
 * ({@code ingest/page-box-labels}) and the document types that end a title ({@code metadata/document-types})
 * come from the lexicon the reader is built with.
 */
package org.gongwen.policy.ingest.html;
