package org.gongwen.policy.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table found on a page: the x of its column boundaries, the y of its row boundaries, for each
 * row which column boundaries are really drawn there (a missing one means the cells on both sides are
 * merged), and for each row boundary which columns a horizontal rule closes (a missing one means the
 * cell continues into the row below).
 */
final class Table {

  /** Glyphs whose centre lies this far outside the outer border still belong to the table. */
  private static final float EDGE = 1.5f;

  private final float[] xs;
  private final float[] ys;
  private final boolean[][] drawn;
  private final boolean[][] closed;

  Table(float[] xs, float[] ys, boolean[][] drawn, boolean[][] closed) {
    this.xs = xs.clone();
    this.ys = ys.clone();
    this.drawn = copy(drawn);
    this.closed = copy(closed);
  }

  private static boolean[][] copy(boolean[][] a) {
    boolean[][] out = new boolean[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }

  int columns() {
    return xs.length - 1;
  }

  int rows() {
    return ys.length - 1;
  }

  float top() {
    return ys[0];
  }

  float bottom() {
    return ys[ys.length - 1];
  }

  boolean contains(Glyph g) {
    float x = g.centerX();
    float y = g.centerY();
    return x >= xs[0] - EDGE && x <= xs[xs.length - 1] + EDGE && y >= ys[0] - EDGE && y <= bottom() + EDGE;
  }

  /**
   * The rows with text, each its cells with their spans: a merged cell at its top-left position with the
   * number of written rows and the columns it covers, the positions it covers empty.
   */
  List<List<TableCell>> grid(List<Glyph> glyphs) {
    int rows = rows();
    int cols = columns();
    List<List<List<Glyph>>> cells = cells(glyphs);
    String[][] texts = new String[rows][cols];
    boolean[] kept = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        texts[r][c] = cellText(cells.get(r).get(c));
        kept[r] |= !texts[r][c].isEmpty();
      }
    }
    List<List<TableCell>> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      if (!kept[r]) {
        continue;
      }
      List<TableCell> row = new ArrayList<>(cols);
      for (int c = 0; c < cols; c++) {
        if (ownerRow(r, c) != r || spanStart(r, c) != c) {
          row.add(new TableCell(texts[r][c], 1, 1));
          continue;
        }
        int colSpan = 1;
        while (c + colSpan < cols && spanStart(r, c + colSpan) == c) {
          colSpan++;
        }
        int rowSpan = 1;
        for (int below = r + 1; below < rows && ownerRow(below, c) == r; below++) {
          rowSpan += kept[below] ? 1 : 0;
        }
        row.add(new TableCell(texts[r][c], rowSpan, colSpan));
      }
      out.add(row);
    }
    return out;
  }

  /** The row whose cell covers row {@code r} in column {@code c}: up while no rule closes the cell. */
  private int ownerRow(int r, int c) {
    while (r > 0 && !closed[r][c]) {
      r--;
    }
    return r;
  }

  /**
   * Whether the ruled grid holds a table as a reader sees one: text in at least two columns and in at
   * least two rows (a table continued from the page before may fill only one cell of its first row), or
   * one row with text in at least {@value #WIDE_ROW} cells (a table's last row alone on a page). A page
   * frame or a text box (one cell), a stack of frames each holding one paragraph (one column) and
   * underlines (no cells) hold none.
   */
  boolean tabular(List<Glyph> glyphs) {
    List<List<List<Glyph>>> cells = cells(glyphs);
    boolean[] columnHasText = new boolean[columns()];
    int rowsWithText = 0;
    int widestRow = 0;
    for (List<List<Glyph>> row : cells) {
      int filled = 0;
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c).stream().anyMatch(g -> !g.blank())) {
          filled++;
          columnHasText[c] = true;
        }
      }
      rowsWithText += filled > 0 ? 1 : 0;
      widestRow = Math.max(widestRow, filled);
    }
    int columnsWithText = 0;
    for (boolean b : columnHasText) {
      columnsWithText += b ? 1 : 0;
    }
    return (columnsWithText >= 2 && rowsWithText >= 2) || widestRow >= WIDE_ROW;
  }

  static final int WIDE_ROW = 3;

  /** The glyphs of each cell, by row and column; a merged cell's glyphs are in its top-left cell. */
  private List<List<List<Glyph>>> cells(List<Glyph> glyphs) {
    int rows = rows();
    int cols = columns();
    List<List<List<Glyph>>> cells = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<List<Glyph>> row = new ArrayList<>(cols);
      for (int c = 0; c < cols; c++) {
        row.add(new ArrayList<>());
      }
      cells.add(row);
    }
    for (Glyph g : glyphs) {
      int column = index(xs, g.centerX());
      int r = index(ys, g.centerY());
      while (r > 0 && !closed[r][column]) {
        r--;
      }
      int c = spanStart(r, column);
      cells.get(r).get(c).add(g);
    }
    return cells;
  }

  /**
   * The cell's lines joined into one. A line that wraps (reaches the cell's widest line) continues the
   * text without a space between CJK characters (line-start rules may push a character or two down, so
   * a wrapped line can end up to two em short); a line that ends more than {@value #HARD_BREAK_EMS} em
   * short of it was broken on purpose, as between two unit names {@code 市住建局 / 市委组织部}, and is joined with
   * a space so the names stay apart.
   */
  static final float HARD_BREAK_EMS = 3f;

  private static String cellText(List<Glyph> glyphs) {
    List<TextLine> lines = LineBuilder.lines(glyphs);
    float widest = 0;
    for (TextLine line : lines) {
      widest = Math.max(widest, line.right());
    }
    String text = "";
    TextLine previous = null;
    for (TextLine line : lines) {
      boolean hardBreak = previous != null && previous.right() < widest - HARD_BREAK_EMS * previous.size();
      text = hardBreak ? text + " " + line.text() : Scripts.join(text, line.text());
      previous = line;
    }
    return text.replace('\t', ' ');
  }

  /** The interval of {@code bounds} that {@code v} falls in, clamped to the first and last. */
  private static int index(float[] bounds, float v) {
    int i = Arrays.binarySearch(bounds, v);
    int at = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(bounds.length - 2, at));
  }

  private int spanStart(int row, int col) {
    int c = col;
    while (c > 0 && !drawn[row][c]) {
      c--;
    }
    return c;
  }
}
