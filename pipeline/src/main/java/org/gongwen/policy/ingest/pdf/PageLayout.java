package org.gongwen.policy.ingest.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Rebuilds the text of one page from its glyphs and drawn rules.
 *
 * <p>The result is a list of blocks separated by one blank line: each paragraph is one line (its wrapped
 * lines joined, without a space where either side is CJK text), each ruled table is its rows, one line
 * per row with cells joined by {@code \t}. A ruled grid is a table only when it holds text in at least two
 * cells of at least two rows ({@link Table#tabular}); other grids (page frames, text boxes, frames
 * around single runs of text) are read as text; a grid that opens the page (nothing above it, in the top
 * {@value #CONTINUED_TOP} of the page) continues a table from the page before and is a table even when
 * this page's part fills only one column.
 *
 * <p>A new paragraph starts before a line when any of these holds:
 * <ul>
 *   <li>the line above ends short: its right edge is more than {@value #SHORT_LINE} em left of the
 *       page's text right edge (the last line of a paragraph, a heading, a date);
 *   <li>the line is indented: it starts more than {@value #INDENT} em right of the page's text left
 *       edge (first-line indent, centred titles);
 *   <li>the baseline distance is more than {@value #GAP} times the page's usual line distance;
 *   <li>the font size changes by more than {@value #SIZE_CHANGE} (titles);
 *   <li>the line opens with a heading or item marker ({@link HeadingMarkerRule}), whatever the line
 *       above looks like.
 * </ul>
 * A distribution list of the closing block ({@code 抄送：…}) keeps its continuation lines although they
 * are indented ({@link ClosingBlockRule}).
 * Page numbers in the top or bottom margin are dropped (see {@link PageFurniture}), and so are the
 * entries of a table-of-contents page ({@link TableOfContentsRule}).
 */
public final class PageLayout {

  static final float SHORT_LINE = 1.5f;
  static final float INDENT = 1.0f;
  static final float GAP = 1.6f;
  static final float SIZE_CHANGE = 0.15f;
  /** A grid that opens the page above this share of its height, with no text above, continues a table. */
  static final float CONTINUED_TOP = 0.2f;

  private final HeadingMarkerRule markers;
  private final ClosingBlockRule closingBlock;

  /** @param lexicon gives the rules their words (article units, distribution labels) */
  public PageLayout(Lexicon lexicon) {
    this.markers = new HeadingMarkerRule(lexicon);
    this.closingBlock = new ClosingBlockRule(lexicon, markers);
  }

  /** The text of a page, blocks separated by blank lines, without a trailing line break. */
  public String render(List<Glyph> glyphs, List<Rule> rules, float pageHeight) {
    return layout(glyphs, rules, pageHeight).text();
  }

  /** The text of a page and the tables in it. */
  public PageText layout(List<Glyph> glyphs, List<Rule> rules, float pageHeight) {
    List<Table> found = TableFinder.find(rules);
    Map<Table, List<Glyph>> inTable = new IdentityHashMap<>();
    List<Glyph> free = new ArrayList<>();
    for (Glyph g : glyphs) {
      Table home = null;
      for (Table t : found) {
        if (t.contains(g)) {
          home = t;
          break;
        }
      }
      if (home == null) {
        free.add(g);
      } else {
        inTable.computeIfAbsent(home, k -> new ArrayList<>()).add(g);
      }
    }
    List<Table> tables = new ArrayList<>();
    float firstText = firstTextBaseline(free);
    for (Table t : found) {
      List<Glyph> held = inTable.getOrDefault(t, List.of());
      boolean continued = t == found.get(0) && t.top() < firstText && t.top() < pageHeight * CONTINUED_TOP;
      if (continued || t.tabular(held)) {
        tables.add(t);
      } else {
        free.addAll(held);
        inTable.remove(t);
      }
    }
    List<TextLine> lines = new ArrayList<>(LineBuilder.lines(free));
    dropFurniture(lines, tables, pageHeight);
    lines = TableOfContentsRule.strip(lines, markers);

    Metrics metrics = Metrics.of(lines);
    List<String> blocks = new ArrayList<>();
    List<List<List<TableCell>>> grids = new ArrayList<>(); // per block: its table's cells, or null
    List<TextLine> firsts = new ArrayList<>(); // per block: a paragraph's first line, or null for a table
    StringBuilder paragraph = new StringBuilder();
    TextLine previous = null;
    TextLine first = null;
    int nextTable = 0;
    for (TextLine line : lines) {
      while (nextTable < tables.size() && tables.get(nextTable).top() < line.top()) {
        flush(paragraph, first, blocks, grids, firsts);
        previous = null;
        addTable(tables.get(nextTable++), inTable, blocks, grids, firsts);
      }
      if (previous != null && breaksBefore(metrics, paragraph, previous, line)) {
        flush(paragraph, first, blocks, grids, firsts);
      }
      if (paragraph.isEmpty()) {
        first = line;
      }
      String joined = Scripts.join(paragraph.toString(), line.text());
      paragraph.setLength(0);
      paragraph.append(joined);
      previous = line;
    }
    flush(paragraph, first, blocks, grids, firsts);
    while (nextTable < tables.size()) {
      addTable(tables.get(nextTable++), inTable, blocks, grids, firsts);
    }
    float[] sizes = new float[lines.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = lines.get(i).size();
    }
    float bodySize = LineBuilder.median(sizes, sizes.length);
    StringBuilder text = new StringBuilder();
    List<PageText.Rendered> rendered = new ArrayList<>();
    List<PageText.Block> kinds = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(blocks.get(i));
      List<List<TableCell>> grid = grids.get(i);
      if (grid != null) {
        rendered.add(new PageText.Rendered(start, text.length(), grid));
        kinds.add(new PageText.Block(PageText.Kind.TABLE, start, text.length()));
      } else {
        kinds.add(new PageText.Block(kind(firsts.get(i), bodySize), start, text.length()));
      }
    }
    return new PageText(text.toString(), rendered, kinds);
  }

  /** The smallest baseline of a visible glyph, {@link Float#MAX_VALUE} for none. */
  private static float firstTextBaseline(List<Glyph> glyphs) {
    double min = Double.POSITIVE_INFINITY;
    boolean any = false;
    for (Glyph g : glyphs) {
      if (!g.blank()) {
        min = Math.min(min, g.baseline());
        any = true;
      }
    }
    return any ? (float) min : Float.MAX_VALUE;
  }

  /**
   * A paragraph is a heading candidate when its first line opens with a heading marker
   * ({@link HeadingMarkerRule}) or is set larger than the page's body text (more than {@value #SIZE_CHANGE}
   * above the median line size: titles); the outliner decides.
   */
  PageText.Kind kind(TextLine first, float bodySize) {
    boolean marked = markers.startsBlock(first.text());
    boolean larger = bodySize > 0 && first.size() > bodySize * (1 + SIZE_CHANGE);
    return marked || larger ? PageText.Kind.HEADING_CANDIDATE : PageText.Kind.PARAGRAPH;
  }

  private boolean breaksBefore(Metrics metrics, CharSequence block, TextLine above, TextLine line) {
    if (markers.startsBlock(above.text(), line.text())) {
      return true;
    }
    if (!metrics.breaksBefore(above, line)) {
      return false;
    }
    return !(metrics.near(above, line) && closingBlock.continues(block.toString(), line.text()));
  }

  private static void addTable(Table table, Map<Table, List<Glyph>> inTable, List<String> blocks,
      List<List<List<TableCell>>> grids, List<TextLine> firsts) {
    List<List<TableCell>> grid = table.grid(inTable.getOrDefault(table, List.of()));
    if (!grid.isEmpty()) {
      List<String> rows = new ArrayList<>();
      for (List<TableCell> row : grid) {
        rows.add(String.join("\t", row.stream().map(TableCell::text).toList()));
      }
      blocks.add(String.join("\n", rows));
      grids.add(grid);
      firsts.add(null);
    }
  }

  private static void flush(StringBuilder paragraph, TextLine first, List<String> blocks,
      List<List<List<TableCell>>> grids, List<TextLine> firsts) {
    if (!paragraph.isEmpty()) {
      blocks.add(paragraph.toString());
      grids.add(null);
      firsts.add(first);
      paragraph.setLength(0);
    }
  }

  /** Removes page numbers that are the first or last lines in the page's top or bottom margin. */
  private static void dropFurniture(List<TextLine> lines, List<Table> tables, float pageHeight) {
    float topLimit = pageHeight * PageFurniture.MARGIN_SHARE;
    float bottomLimit = pageHeight * (1 - PageFurniture.MARGIN_SHARE);
    float firstTable = tables.isEmpty() ? Float.MAX_VALUE : tables.get(0).top();
    float lastTable = tables.stream().map(Table::bottom).max(Float::compare).orElse(-Float.MAX_VALUE);
    if (!lines.isEmpty()) {
      TextLine first = lines.get(0);
      if (first.baseline() <= topLimit && first.baseline() < firstTable && PageFurniture.isPageNumber(first.text())) {
        lines.remove(0);
      }
    }
    if (!lines.isEmpty()) {
      TextLine last = lines.get(lines.size() - 1);
      if (last.top() >= bottomLimit && last.top() > lastTable && PageFurniture.isPageNumber(last.text())) {
        lines.remove(lines.size() - 1);
      }
    }
  }

  /** The page's text block: left and right edges and usual line distance. */
  private record Metrics(float left, float right, float lineDistance) {

    static Metrics of(List<TextLine> lines) {
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      float[] distances = new float[lines.size()];
      int count = 0;
      TextLine previous = null;
      for (TextLine l : lines) {
        left = Math.min(left, l.left());
        right = Math.max(right, l.right());
        if (previous != null) {
          float d = l.baseline() - previous.baseline();
          if (d > 0 && d < 3 * l.size()) {
            distances[count++] = d;
          }
        }
        previous = l;
      }
      return new Metrics(left, right, LineBuilder.median(distances, count));
    }

    /** Whether the line follows at the usual distance, in the same font size. */
    boolean near(TextLine above, TextLine line) {
      float distance = line.baseline() - above.baseline();
      float usual = lineDistance > 0 ? lineDistance : 1.2f * line.size();
      return distance >= 0
          && distance <= GAP * usual
          && Math.abs(line.size() - above.size()) <= SIZE_CHANGE * Math.max(line.size(), above.size());
    }

    boolean breaksBefore(TextLine above, TextLine line) {
      if (above.right() < right - SHORT_LINE * above.size()) {
        return true;
      }
      if (line.left() > left + INDENT * line.size()) {
        return true;
      }
      float distance = line.baseline() - above.baseline();
      float usual = lineDistance > 0 ? lineDistance : 1.2f * line.size();
      if (distance > GAP * usual || distance < 0) {
        return true;
      }
      return Math.abs(line.size() - above.size()) > SIZE_CHANGE * Math.max(line.size(), above.size());
    }
  }
}
