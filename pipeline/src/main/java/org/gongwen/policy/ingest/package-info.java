/**
 * Format readers: one input file in, {@link org.gongwen.policy.ingest.ExtractedText} out.
 *
 * <p>The contract every reader keeps, so that later steps never look at formats:
 * <ul>
 *   <li>lines are separated by {@code \n}; a blank line separates paragraphs where the format knows them;
 *   <li>a table row is one line with its cells joined by {@code \t} (a multi-line cell has its inner line
 *       breaks replaced by a space), a merged cell that the format repeats is written once and the others
 *       are left empty; a table starts after a blank line and ends with a blank line;
 *   <li>for paged formats (PDF) {@code pageStarts} holds the offset of each page's first character and
 *       running page furniture (footers such as {@code — 3 —}) is already removed;
 *   <li>failures are typed {@link org.gongwen.policy.ingest.InputException}s whose message names the file.
 * </ul>
 */
package org.gongwen.policy.ingest;
