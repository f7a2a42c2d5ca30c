package org.gongwen.policy.ingest.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Table-of-contents pages. An entry line ends with a leader (three or more dots, middle dots, ellipses,
 * dashes or underscores) and a page number, arabic or roman: {@code 一、综合篇……1},
 * {@code 3.实施方案 ........ 12}, {@code 第二章 总则 ··· IV}. A page is a contents page when at least
 * {@value #MIN_ENTRIES} of its lines are entries and they make up at least {@value #MIN_SHARE} of its
 * lines. Its entries are navigation, not the document's outline, so everything from the first entry to
 * the end of the page is dropped, wrapped entries included (an entry wrapped over the page break leaves
 * its first part as the page's last line); its title ({@code 目录}, {@code Contents}) and any text
 * before it stay.
 */
final class TableOfContentsRule {

  static final int MIN_ENTRIES = 3;
  static final double MIN_SHARE = 0.4;

  private static final Pattern ENTRY =
      Pattern.compile("(?:[.．。·・•…⋯‥\\-－_—]\\s*){3,}\\s*(?:\\d{1,4}|[IVXLivxl]{1,6})$");

  private TableOfContentsRule() {}

  /** Whether a rebuilt line is a contents entry: text, a leader, a page number. */
  static boolean isEntry(String line) {
    return ENTRY.matcher(line.strip()).find();
  }

  /** The page's lines without its contents entries, or the lines unchanged if it is no contents page. */
  static List<TextLine> strip(List<TextLine> lines, HeadingMarkerRule markers) {
    int first = -1;
    int entries = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (isEntry(lines.get(i).text())) {
        entries++;
        first = first < 0 ? i : first;
      }
    }
    if (entries < MIN_ENTRIES || entries < MIN_SHARE * lines.size()) {
      return lines;
    }
    if (first > 0 && markers.startsBlock(lines.get(first - 1).text())) {
      first--; // the first entry wraps: its first part has the marker, its second the leader
    }
    return List.copyOf(lines.subList(0, first));
  }
}
