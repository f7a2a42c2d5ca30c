package org.gongwen.policy.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What a reader recovered from one file: plain text in the line contract of this package, the offsets
 * where pages start (empty for unpaged formats), and facts about the source.
 *
 * @param text the text; tables as tab-separated lines
 * @param pageStarts offset of each page's first character, ascending, first is 0; empty when unpaged
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param charset the charset a text format was decoded with, or null
 * @param warnings recoverable problems met while reading
 */
public record ExtractedText(
    String text, List<Integer> pageStarts, String mediaType, String charset, List<String> warnings) {
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    pageStarts = List.copyOf(pageStarts);
    warnings = List.copyOf(warnings);
  }

  /** Number of pages, or null for unpaged formats. */
  public Integer pages() {
    return pageStarts.isEmpty() ? null : pageStarts.size();
  }
}
