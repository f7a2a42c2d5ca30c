package org.gongwen.policy.ingest.pdf;

import java.util.List;

/**
 * What a page paints besides text.
 *
 * @param rules its visible axis-parallel lines
 * @param imageShare the share of the page (0–1) that its images cover, summed (a scan is about 1)
 */
public record PageDrawing(List<Rule> rules, float imageShare) {
  public PageDrawing {
    rules = List.copyOf(rules);
  }
}
