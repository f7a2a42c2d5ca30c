package org.gongwen.policy.ingest.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Running page numbers. A line is page furniture when it sits in the top or bottom {@value #MARGIN_SHARE}
 * of the page, is the first or last line there, and its whole text is one of: {@code — 3 —},
 * {@code - 3 -}, {@code —3—}, {@code －3－}, a bare {@code 3}, {@code 第3页}, {@code 第3页 共12页},
 * {@code 3/12}, {@code Page 3}, {@code Page 3 of 12} (numbers may be Chinese numerals, or roman numerals as front matter
 * is numbered).
 */
final class PageFurniture {

  static final float MARGIN_SHARE = 0.15f;

  private static final String NUM = "(?:\\d{1,4}|[一二三四五六七八九十百零〇]{1,6}|[IVXLivxl]{1,6})";
  private static final String DASH = "[-—–－―~～·•]";
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(DASH + "*\\s*" + NUM + "\\s*" + DASH + "*"),
          Pattern.compile("第\\s*" + NUM + "\\s*页(?:\\s*[,，/]?\\s*共\\s*" + NUM + "\\s*页)?"),
          Pattern.compile("共\\s*" + NUM + "\\s*页\\s*[,，]?\\s*第\\s*" + NUM + "\\s*页"),
          Pattern.compile("\\d{1,4}\\s*/\\s*\\d{1,4}"),
          Pattern.compile("(?i)page\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?"));

  private PageFurniture() {}

  static boolean isPageNumber(String text) {
    String t = text.strip();
    for (Pattern p : PATTERNS) {
      if (p.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }
}
