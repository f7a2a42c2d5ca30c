package org.gongwen.policy.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongwen.policy.ingest.BlockLines;
import org.gongwen.policy.ingest.SourceCell;
import org.gongwen.policy.ingest.SourceTable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes page elements in the line contract of the ingest package: each block element's text as its lines
 * and a blank line, {@code <br>} a line break, runs of ASCII whitespace one space (U+3000 and no-break
 * spaces are kept for the normalizer). A data table ({@link TableKind}) is written as one tab-separated line
 * per row, merged cells once with the positions they cover empty, and recorded as a {@link SourceTable} with
 * each cell's {@code rowspan}/{@code colspan}; a layout table is read as the blocks of its cells. One
 * instance per page.
 */
final class HtmlLineWriter {

  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "dt", "dd", "ul", "ol", "dl",
      "section", "article", "address", "hr", "caption", "center", "main", "figure", "figcaption", "tr", "td",
      "th", "thead", "tbody", "tfoot", "body");
  private static final Pattern ASCII_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\x0B]+");

  /** A numbered start (一、 （一） 1. ⑴): a group row of the table, not its caption. */
  private static final Pattern NUMBERED =
      Pattern.compile("[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]|[⑴-⒇①-⑳]");
  private final StringBuilder out = new StringBuilder();
  private final List<StringBuilder> blockLines = new ArrayList<>(List.of(new StringBuilder()));
  private final List<SourceTable> tables = new ArrayList<>();

  /** Writes {@code element} as a block. */
  void write(Element element) {
    endBlock();
    walk(element);
    endBlock();
  }

  /** The text written; ends with one {@code \n} unless empty. */
  String text() {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return end == 0 ? "" : out.substring(0, end) + "\n";
  }

  List<SourceTable> tables() {
    return List.copyOf(tables);
  }

  private void walk(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        blockLines.get(blockLines.size() - 1).append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          blockLines.add(new StringBuilder());
        } else if (tag.equals("table")) {
          endBlock();
          if (TableKind.isData(e)) {
            writeTable(e);
          } else {
            walk(e);
          }
          endBlock();
        } else if (BLOCKS.contains(tag)) {
          endBlock();
          walk(e);
          endBlock();
        } else {
          walk(e);
        }
      }
    }
  }

  private void writeTable(Element table) {
    List<List<SourceCell>> rows = new ArrayList<>();
    List<Integer> rowSpans = new ArrayList<>();
    int start = -1;
    Element caption = table.selectFirst("> caption");
    if (caption != null) {
      writeTitle(caption.text());
    }
    for (Element tr : TableKind.rows(table)) {
      List<Element> cells = TableKind.cells(tr);
      if (rows.isEmpty() && cells.size() == 1 && rowSpans.isEmpty()
          && !NUMBERED.matcher(cells.get(0).text().strip()).lookingAt()) {
        // a title row above the header (one cell across the table: 附件2 and the caption of a 分工表)
        // is the table's caption, read as a paragraph before it; a numbered one (一、… group of rows)
        // stays a row of the table
        writeTitle(cells.get(0).text());
        continue;
      }
      List<SourceCell> row = new ArrayList<>();
      for (Element td : cells) {
        fillSpanned(row, rowSpans);
        int colSpan = span(td, "colspan");
        int rowSpan = span(td, "rowspan");
        int first = row.size();
        row.add(new SourceCell(collapse(td.text().replace('\t', ' ')), rowSpan, colSpan));
        for (int k = 1; k < colSpan; k++) {
          row.add(SourceCell.of(""));
        }
        for (int col = first; col < first + colSpan; col++) {
          while (rowSpans.size() <= col) {
            rowSpans.add(0);
          }
          rowSpans.set(col, rowSpan - 1);
        }
      }
      fillSpanned(row, rowSpans);
      for (int col = row.size(); col < rowSpans.size(); col++) {
        if (rowSpans.get(col) > 0) {
          while (row.size() < col) {
            row.add(SourceCell.of(""));
          }
          rowSpans.set(col, rowSpans.get(col) - 1);
          row.add(SourceCell.of(""));
        }
      }
      if (row.stream().allMatch(c -> c.text().isEmpty())) {
        continue;
      }
      if (start < 0) {
        start = out.length();
      }
      out.append(String.join("\t", row.stream().map(SourceCell::text).toList()));
      if (row.size() == 1) {
        out.append('\t');
      }
      out.append('\n');
      rows.add(row);
    }
    if (!rows.isEmpty()) {
      tables.add(new SourceTable(start, out.length() - 1, null, rows));
      out.append('\n');
    }
  }

  /** A caption of a data table as a paragraph of its own before the table. */
  private void writeTitle(String text) {
    String title = collapse(text.replace('\t', ' ')).strip();
    if (!title.isEmpty()) {
      out.append(title).append("\n\n");
    }
  }

  /** Empty cells for the columns, at the current position, that a cell of an earlier row spans into. */
  private static void fillSpanned(List<SourceCell> row, List<Integer> rowSpans) {
    while (row.size() < rowSpans.size() && rowSpans.get(row.size()) > 0) {
      int col = row.size();
      rowSpans.set(col, rowSpans.get(col) - 1);
      row.add(SourceCell.of(""));
    }
  }

  private static int span(Element cell, String name) {
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(cell.attr(name).trim())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void endBlock() {
    List<String> lines = new ArrayList<>();
    for (StringBuilder line : blockLines) {
      lines.add(collapse(line));
    }
    blockLines.clear();
    blockLines.add(new StringBuilder());
    List<String> text = BlockLines.trimmed(lines);
    if (text.isEmpty()) {
      return;
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    out.append(String.join("\n", text)).append("\n\n");
  }

  private static String collapse(CharSequence s) {
    return ASCII_SPACE.matcher(s).replaceAll(" ").strip();
  }
}
