package org.gongwen.policy.ingest.pdf;

import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * A visual line that opens with a 公文 heading or item marker starts a new block, even when the line above
 * runs to the right edge (a full last line of a paragraph gives no other sign that it ended), unless the
 * line above was cut in the middle of a word ({@link #startsBlock(String, String)}). Markers:
 * {@code 一、} (Chinese numeral and 、), {@code （一）} / {@code (一)}, {@code 1.} / {@code 1．} / {@code 1、}
 * not followed by a digit (so {@code 1.5亿元} wrapped to a line start is no marker), {@code （1）} / {@code (1)},
 * multi-level numbers {@code 2.3.1} followed by text, and {@code 第一章} / {@code 第一节} / {@code 第一条}.
 */
final class HeadingMarkerRule {

  private static final String HAN_NUM = "[一二三四五六七八九十]{1,3}";
  private final Pattern marker;

  /** @param lexicon gives the units of an article heading ({@code structure/article-units}: 章, 节, 条) */
  HeadingMarkerRule(Lexicon lexicon) {
    this.marker = Pattern.compile(
        "^(?:"
            + HAN_NUM + "、"
            + "|[（(]" + HAN_NUM + "[）)]"
            + "|\\d{1,2}[.．、](?![\\d.．])"
            + "|[（(]\\d{1,2}[）)]"
            + "|\\d{1,2}(?:\\.\\d{1,2}){2,3}(?![\\d.%])\\s*\\p{IsHan}"
            + "|第[一二三四五六七八九十百零〇]{1,4}" + lexicon.characterClass("structure/article-units") + "(?!件)"
            + ")");
  }

  /**
   * Whether {@code line} starts a block after the visual line {@code above}: it opens with a marker and
   * the line above does not stop in the middle of a word. A line above that ends with a Han character was
   * cut mid-sentence, and a marker-like start is the sentence going on ({@code …排名前 / 三、…} is
   * {@code 前三、}); a line above that ends with punctuation, a bracket, a digit or a Latin letter ended
   * where the marker begins.
   */
  boolean startsBlock(String above, String line) {
    String a = above.strip();
    boolean cutMidWord = !a.isEmpty()
        && Character.UnicodeScript.of(a.codePointBefore(a.length())) == Character.UnicodeScript.HAN;
    return !cutMidWord && startsBlock(line);
  }

  /** Whether a visual line, as rebuilt, opens with a heading or item marker. */
  boolean startsBlock(String line) {
    return marker.matcher(line.strip()).find();
  }
}
