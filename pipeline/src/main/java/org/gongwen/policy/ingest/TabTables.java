package org.gongwen.policy.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of a text that has nothing but tabs to mark them: plain text files, and text that a
 * reader wrote in the line contract without recording its tables itself.
 *
 * <p>Rule: a run of consecutive lines that contain a tab is a table when at least one of its lines is a
 * <em>row line</em>, one with two or more non-blank cells. A line whose only tabs lead it (a paragraph
 * indented with a tab, {@code \t（一）加强统筹。…}) is not a row line, so a run of indented paragraphs is
 * prose; inside a table such a line is a row whose first cells are empty (a row continued from the page
 * before). A line with one cell and a trailing tab ({@code 合计\t}) is a row line: the line contract writes
 * one-cell rows that way. A run
 * without a row line that follows a table with only blank lines between (a table continued on the next
 * page with its first cells empty) belongs to the table too.
 */
public final class TabTables {

  private TabTables() {}

  /** The tables of {@code text}, in order, each with its rows split at tabs and no spans. */
  public static List<SourceTable> find(String text) {
    List<SourceTable> out = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    boolean hasRowLine = false;
    boolean afterTable = false;
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      if (line.indexOf('\t') >= 0 && !line.isBlank()) {
        run.add(new int[] {start, end});
        hasRowLine |= isRowLine(line);
      } else {
        if (!run.isEmpty()) {
          afterTable = flush(text, run, hasRowLine || afterTable, out);
          run.clear();
          hasRowLine = false;
        }
        if (!line.isBlank()) {
          afterTable = false;
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    flush(text, run, hasRowLine || afterTable, out);
    return out;
  }

  /** Two or more non-blank cells, or one non-blank cell followed by a tab. */
  static boolean isRowLine(String line) {
    String[] cells = line.split("\t", -1);
    int filled = 0;
    int firstFilled = -1;
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        filled++;
        firstFilled = firstFilled < 0 ? i : firstFilled;
      }
    }
    return filled >= 2 || (filled == 1 && firstFilled < cells.length - 1);
  }

  private static boolean flush(String text, List<int[]> run, boolean table, List<SourceTable> out) {
    if (run.isEmpty() || !table) {
      return false;
    }
    List<List<SourceCell>> rows = new ArrayList<>();
    for (int[] r : run) {
      List<SourceCell> cells = new ArrayList<>();
      for (String c : text.substring(r[0], r[1]).split("\t", -1)) {
        cells.add(SourceCell.of(c.strip()));
      }
      rows.add(cells);
    }
    out.add(new SourceTable(run.get(0)[0], run.get(run.size() - 1)[1], null, rows));
    return true;
  }
}
