package org.gongwen.policy.ingest;

import java.util.List;
import java.util.Objects;
import org.gongwen.policy.model.PageMetadata;

/**
 * What a reader recovered from one file: plain text in the line contract of this package, the tables the
 * reader found (with their place in the text), the offsets where pages start (empty for unpaged formats),
 * the metadata box of a web page, and facts about the source file.
 *
 * @param text the text; table rows as tab-separated lines inside the ranges of {@code tables}
 * @param pageStarts offset of each page's first character, ascending, first is 0; empty when unpaged
 * @param tables the tables, in text order; the only lines later steps treat as table rows
 * @param pageMetadata the 信息公开 box of a web page (索引号, 发文机关, 文号, 成文日期 …), or null
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param charset the charset a text format was decoded with, or null
 * @param warnings recoverable problems met while reading
 * @param sha256 hex SHA-256 of the file's bytes, set by {@link DocumentReaders} (null before)
 * @param bytes the file's size in bytes, set by {@link DocumentReaders} (-1 before)
 * @param blocks for paged formats read by layout (PDF, OFD): every paragraph, heading candidate, table and
 *     page break in text order ({@link SourceBlock}); empty for other formats
 */
public record ExtractedText(
    String text,
    List<Integer> pageStarts,
    List<SourceTable> tables,
    PageMetadata pageMetadata,
    String mediaType,
    String charset,
    List<String> warnings,
    String sha256,
    long bytes,
    List<SourceBlock> blocks) {
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    pageStarts = List.copyOf(pageStarts);
    tables = List.copyOf(tables);
    warnings = List.copyOf(warnings);
    blocks = List.copyOf(blocks);
  }

  /** A reader's result without blocks. */
  public ExtractedText(
      String text, List<Integer> pageStarts, List<SourceTable> tables, PageMetadata pageMetadata,
      String mediaType, String charset, List<String> warnings, String sha256, long bytes) {
    this(text, pageStarts, tables, pageMetadata, mediaType, charset, warnings, sha256, bytes, List.of());
  }

  /** A paged reader's result: text with its tables and blocks, file facts not yet known. */
  public ExtractedText(
      String text, List<Integer> pageStarts, List<SourceTable> tables, List<SourceBlock> blocks,
      String mediaType, List<String> warnings) {
    this(text, pageStarts, tables, null, mediaType, null, warnings, null, -1, blocks);
  }

  /** A reader's result: text with its tables, no page box, file facts not yet known. */
  public ExtractedText(
      String text, List<Integer> pageStarts, List<SourceTable> tables, String mediaType, String charset,
      List<String> warnings) {
    this(text, pageStarts, tables, null, mediaType, charset, warnings, null, -1);
  }

  /**
   * Text whose tables are known only by their tabs (plain text): the tables are found with
   * {@link TabTables#find}.
   */
  public ExtractedText(
      String text, List<Integer> pageStarts, String mediaType, String charset, List<String> warnings) {
    this(text, pageStarts, TabTables.find(text), mediaType, charset, warnings);
  }

  /** Number of pages, or null for unpaged formats. */
  public Integer pages() {
    return pageStarts.isEmpty() ? null : pageStarts.size();
  }

  /** The same text with the page box set. */
  public ExtractedText withPageMetadata(PageMetadata box) {
    return new ExtractedText(text, pageStarts, tables, box, mediaType, charset, warnings, sha256, bytes, blocks);
  }

  /** The same text with the file facts set. */
  public ExtractedText withFile(String sha256, long bytes) {
    return new ExtractedText(
        text, pageStarts, tables, pageMetadata, mediaType, charset, warnings, sha256, bytes, blocks);
  }
}
