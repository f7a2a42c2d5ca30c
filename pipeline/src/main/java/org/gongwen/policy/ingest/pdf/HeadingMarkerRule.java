package org.gongwen.policy.ingest.pdf;

import java.util.regex.Pattern;

/**
 * A visual line that opens with a 公文 heading or item marker starts a new block, even when the line above
 * runs to the right edge (a full last line of a paragraph gives no other sign that it ended). Markers:
 * {@code 一、} (Chinese numeral and 、), {@code （一）} / {@code (一)}, {@code 1.} / {@code 1．} / {@code 1、}
 * not followed by a digit (so {@code 1.5亿元} wrapped to a line start is no marker), {@code （1）} / {@code (1)},
 * multi-level numbers {@code 2.3.1} followed by text, and {@code 第一章} / {@code 第一节} / {@code 第一条}.
 */
final class HeadingMarkerRule {

  private static final String HAN_NUM = "[一二三四五六七八九十]{1,3}";
  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:"
              + HAN_NUM + "、"
              + "|[（(]" + HAN_NUM + "[）)]"
              + "|\\d{1,2}[.．、](?![\\d.．])"
              + "|[（(]\\d{1,2}[）)]"
              + "|\\d{1,2}(?:\\.\\d{1,2}){2,3}(?![\\d.%])\\s*\\p{IsHan}"
              + "|第[一二三四五六七八九十百零〇]{1,4}[章节条](?!件)"
              + ")");

  private HeadingMarkerRule() {}

  /** Whether a visual line, as rebuilt, opens with a heading or item marker. */
  static boolean startsBlock(String line) {
    return MARKER.matcher(line.strip()).find();
  }
}
