package org.gongwen.policy.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into the line contract of this package. One instance per parse.
 *
 * <ul>
 *   <li>Block elements ({@code p, h1..h6, li, div, blockquote, pre, dt, dd, ...}) end the current line;
 *       each non-empty block is written as its lines followed by one blank line.
 *   <li>Inside a block, a hard line break is a line break: Tika reports an HTML {@code <br>} as
 *       ignorable whitespace {@code \n}, an ODT line break as a {@code <br>} element (echoed by an
 *       ignorable {@code \n}, counted once), and a DOCX/DOC line break as {@code \n} in the text (which
 *       the constructor is told: in HTML a {@code \n} in text is source layout, not a break). Then runs
 *       of ASCII whitespace (spaces, tabs, source line breaks) collapse to one space and each line is
 *       stripped of spaces at both ends. Other whitespace, such as the ideographic space U+3000, is
 *       kept. {@code <pre>} gets no special treatment.
 *   <li>{@code <table>}: each {@code <tr>} is one line, cells joined by {@code \t}, each cell's text
 *       collapsed to one line; rows whose cells are all empty are dropped; a blank line before and after
 *       the table. A table inside a cell is flattened into that cell's text. Each table's rows and range
 *       are recorded as a {@link SourceTable} ({@link #tables()}).
 *   <li>{@code head}, {@code script}, {@code style} and {@code title} are skipped (DOCX headers and
 *       footers are turned off in {@link TikaReader}'s parser configuration).
 * </ul>
 *
 * <p>Counts the characters it writes and stops the parse with {@link TextLimitException} past a
 * limit, the guard against documents that expand enormously (zip bombs).
 */
final class LineContractHandler extends DefaultHandler {

  /** Thrown from a SAX callback when more than the allowed number of characters were written. */
  static final class TextLimitException extends SAXException {
    private static final long serialVersionUID = 1L;

    TextLimitException(long limit) {
      super("more than " + limit + " characters of text");
    }
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "dt", "dd",
          "ul", "ol", "dl", "section", "article", "header", "footer", "address", "hr", "caption",
          "body", "html", "form", "fieldset", "nav", "aside", "main", "figure", "figcaption");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");
  private static final Pattern ASCII_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\x0B]+");

  private final long maxChars;
  private final boolean newlineInTextBreaksLine;
  private final StringBuilder out = new StringBuilder();
  /** Lines of the current block, split at {@code <br>}; the last one is being written. */
  private final List<StringBuilder> blockLines = new ArrayList<>(List.of(new StringBuilder()));

  private final List<String> rowCells = new ArrayList<>();
  /** The cells of the current row with their spans, parallel to {@link #rowCells}. */
  private final List<SourceCell> rowSourceCells = new ArrayList<>();
  /** Rows of the current top-level table written so far, and where the first one starts. */
  private final List<List<SourceCell>> tableRows = new ArrayList<>();
  private int tableStart = -1;
  private final List<SourceTable> tables = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  /**
   * For each column of the current table, how many more rows a cell above still covers
   * ({@code rowspan}); those positions get an empty cell so columns stay aligned (package contract: a
   * merged cell is written once, the positions it covers are left empty).
   */
  private final List<Integer> rowSpans = new ArrayList<>();
  private int cellColSpan = 1;
  private int cellRowSpan = 1;
  /** Tika follows a {@code <br>} element with an ignorable {@code \n}; that echo must not count twice. */
  private boolean afterBrElement;
  private int skipDepth;
  private int tableDepth;
  private long written;

  /**
   * @param maxChars how many characters the parse may produce
   * @param newlineInTextBreaksLine whether a {@code \n} in character data is a hard line break (true
   *     for word processor formats, false for HTML where it is source layout)
   */
  LineContractHandler(long maxChars, boolean newlineInTextBreaksLine) {
    this.maxChars = maxChars;
    this.newlineInTextBreaksLine = newlineInTextBreaksLine;
  }

  /** The text so far; ends with exactly one {@code \n} unless empty. */
  String text() {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return end == 0 ? "" : out.substring(0, end) + "\n";
  }

  /** The tables written so far, with their ranges in {@link #text()}. */
  List<SourceTable> tables() {
    return List.copyOf(tables);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = name(localName, qName);
    afterBrElement = false;
    if (SKIPPED.contains(name)) {
      skipDepth++;
    }
    if (skipDepth > 0) {
      return;
    }
    if (name.equals("table")) {
      if (tableDepth == 0) {
        endBlock();
        blankLine();
        rowSpans.clear();
      } else {
        cell.append(' ');
      }
      tableDepth++;
    } else if (tableDepth > 0) {
      if (tableDepth == 1 && name.equals("tr")) {
        rowCells.clear();
        rowSourceCells.clear();
      } else if (tableDepth == 1 && (name.equals("td") || name.equals("th"))) {
        cell.setLength(0);
        fillSpannedFromAbove();
        cellColSpan = span(atts, "colspan");
        cellRowSpan = span(atts, "rowspan");
      } else if (isBreak(name)) {
        cell.append(' ');
      }
    } else if (name.equals("br")) {
      blockLines.add(new StringBuilder());
      afterBrElement = true;
    } else if (BLOCKS.contains(name)) {
      endBlock();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = name(localName, qName);
    if (!name.equals("br")) {
      afterBrElement = false;
    }
    boolean wasSkipping = skipDepth > 0;
    if (SKIPPED.contains(name)) {
      skipDepth--;
    }
    if (wasSkipping) {
      return;
    }
    if (name.equals("table")) {
      tableDepth--;
      if (tableDepth == 0) {
        endTable();
        blankLine();
      } else {
        cell.append(' ');
      }
    } else if (tableDepth > 0) {
      if (tableDepth == 1 && (name.equals("td") || name.equals("th"))) {
        addCell(collapse(cell));
        cell.setLength(0);
      } else if (tableDepth == 1 && name.equals("tr")) {
        fillSpannedToRowEnd();
        endRow();
      } else if (isBreak(name)) {
        cell.append(' ');
      }
    } else if (BLOCKS.contains(name)) {
      endBlock();
    }
  }

  private static int span(Attributes atts, String name) {
    String v = atts.getValue(name);
    if (v == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(v.trim())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Empty cells for the columns, at the current position, that a cell of an earlier row spans into. */
  private void fillSpannedFromAbove() {
    while (rowCells.size() < rowSpans.size() && rowSpans.get(rowCells.size()) > 0) {
      int col = rowCells.size();
      rowSpans.set(col, rowSpans.get(col) - 1);
      rowCells.add("");
      rowSourceCells.add(SourceCell.of(""));
    }
  }

  private void fillSpannedToRowEnd() {
    fillSpannedFromAbove();
    for (int col = rowCells.size(); col < rowSpans.size(); col++) {
      if (rowSpans.get(col) > 0) {
        while (rowCells.size() < col) {
          rowCells.add("");
          rowSourceCells.add(SourceCell.of(""));
        }
        rowSpans.set(col, rowSpans.get(col) - 1);
        rowCells.add("");
        rowSourceCells.add(SourceCell.of(""));
      }
    }
  }

  /** Adds a cell and the empty positions its colspan covers; remembers its rowspan. */
  private void addCell(String text) {
    int first = rowCells.size();
    rowCells.add(text);
    rowSourceCells.add(new SourceCell(text, cellRowSpan, cellColSpan));
    for (int k = 1; k < cellColSpan; k++) {
      rowCells.add("");
      rowSourceCells.add(SourceCell.of(""));
    }
    for (int col = first; col < first + cellColSpan; col++) {
      while (rowSpans.size() <= col) {
        rowSpans.add(0);
      }
      rowSpans.set(col, cellRowSpan - 1);
    }
    cellColSpan = 1;
    cellRowSpan = 1;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    afterBrElement = false;
    if (skipDepth > 0) {
      return;
    }
    written += length;
    if (written > maxChars) {
      throw new TextLimitException(maxChars);
    }
    if (tableDepth > 0) {
      cell.append(ch, start, length);
    } else if (!newlineInTextBreaksLine) {
      blockLines.get(blockLines.size() - 1).append(ch, start, length);
    } else {
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n') {
          blockLines.add(new StringBuilder());
        } else {
          blockLines.get(blockLines.size() - 1).append(ch[i]);
        }
      }
    }
  }

  /** Tika writes {@code <br>} as ignorable {@code \n}; between blocks the extra empty line is dropped. */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    boolean echo = afterBrElement;
    afterBrElement = false;
    if (skipDepth > 0) {
      return;
    }
    if (tableDepth > 0) {
      cell.append(' ');
    } else if (!echo && new String(ch, start, length).indexOf('\n') >= 0) {
      blockLines.add(new StringBuilder());
    }
  }

  @Override
  public void endDocument() {
    endBlock();
  }

  private static boolean isBreak(String name) {
    return name.equals("br") || name.equals("tr") || name.equals("td") || name.equals("th")
        || BLOCKS.contains(name);
  }

  private void endRow() {
    if (rowCells.stream().anyMatch(c -> !c.isEmpty())) {
      if (tableStart < 0) {
        tableStart = out.length();
      }
      tableRows.add(List.copyOf(rowSourceCells));
      out.append(String.join("\t", rowCells));
      if (rowCells.size() == 1) {
        out.append('\t'); // a one-cell row is still a table row
      }
      out.append('\n');
    }
    rowCells.clear();
    rowSourceCells.clear();
  }

  /** Records the table just closed, if it wrote rows: its range ends before its last row's newline. */
  private void endTable() {
    if (tableStart >= 0 && !tableRows.isEmpty()) {
      tables.add(new SourceTable(tableStart, out.length() - 1, null, tableRows));
    }
    tableStart = -1;
    tableRows.clear();
  }

  /** Writes the current block, if it has text, followed by a blank line. */
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
    out.append(String.join("\n", text)).append('\n');
    blankLine();
  }

  /** Makes the output end with a blank line, unless it is empty. */
  private void blankLine() {
    if (out.length() == 0) {
      return;
    }
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }

  /** Collapses ASCII whitespace runs to one space and trims spaces at both ends (U+3000 is kept). */
  private static String collapse(CharSequence s) {
    String collapsed = ASCII_SPACE.matcher(s).replaceAll(" ");
    int begin = 0;
    int end = collapsed.length();
    while (begin < end && collapsed.charAt(begin) == ' ') {
      begin++;
    }
    while (end > begin && collapsed.charAt(end - 1) == ' ') {
      end--;
    }
    return collapsed.substring(begin, end);
  }

  private static String name(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    return n.toLowerCase(Locale.ROOT);
  }
}
