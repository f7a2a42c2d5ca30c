package org.gongwen.policy.ingest.pdf;

import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * The distribution lines of a 公文's closing block (版记) run over several visual lines: {@code 抄送：} (also
 * {@code 抄报}, {@code 分送}, {@code 发送}, {@code 主送}) lists units separated by commas, and its continuation
 * lines are indented to the first unit after the colon (GB/T 9704 §7.3.5) or start at the margin. A line
 * that follows such a list continues it, although it is indented and the line above may end short, as long
 * as the list is still open: the line above does not end with {@code 。}, and the line itself is not the
 * printing line ({@code …印发}) and does not open with a heading marker.
 */
final class ClosingBlockRule {

  private static final Pattern PRINTING_LINE = Pattern.compile("印\\s*发\\s*$");

  private final Pattern listLabel;
  private final HeadingMarkerRule markers;

  /** @param lexicon gives the labels of the distribution lines ({@code ingest/distribution-labels}) */
  ClosingBlockRule(Lexicon lexicon, HeadingMarkerRule markers) {
    this.listLabel = Pattern.compile("^" + lexicon.spacedAlternation("ingest/distribution-labels") + "\\s*[：:]");
    this.markers = markers;
  }

  /**
   * Whether {@code line} continues the block so far ({@code block}, its visual lines joined), given that
   * the layout alone would start a new block before it.
   */
  boolean continues(String block, String line) {
    String b = block.strip();
    String l = line.strip();
    return listLabel.matcher(b).find()
        && !b.endsWith("。")
        && !l.isEmpty()
        && !PRINTING_LINE.matcher(l).find()
        && !markers.startsBlock(l)
        && !listLabel.matcher(l).find();
  }
}
