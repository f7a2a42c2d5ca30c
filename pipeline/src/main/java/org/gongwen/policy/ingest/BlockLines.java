package org.gongwen.policy.ingest;

import java.util.List;

/** The lines of one markup block (paragraph, list item, cell) as the line writers of HTML and Tika hand them over. */
public final class BlockLines {

  private BlockLines() {}

  /** The lines without the empty ones at the start and the end; empty when no line has text. */
  public static List<String> trimmed(List<String> lines) {
    int first = 0;
    int last = lines.size();
    while (first < last && lines.get(first).isEmpty()) {
      first++;
    }
    while (last > first && lines.get(last - 1).isEmpty()) {
      last--;
    }
    return lines.subList(first, last);
  }
}
