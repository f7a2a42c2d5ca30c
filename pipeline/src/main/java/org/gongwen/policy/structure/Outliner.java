package org.gongwen.policy.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.text.NormalizedText;
import org.gongwen.policy.text.CharClass;

/**
 * Recovers the {@link Outline} of a document from its normalized text. Stateless.
 *
 * <p>Order of recovery: the closing block (版记: 抄送, 印发 at the end), the 附件说明 list
 * ({@code 附件：1.…分解表} and its numbered continuation lines), the attachment regions (a label line
 * {@code 附件 1} or {@code 附件1：caption}), then headings (lines outside tables, the note, labels and
 * captions, and the closing block, starting with a {@link HeadingLevel} marker), then tables (runs of
 * table rows with only blank lines between them; a repeated header row after a page break is
 * dropped; a new {@code 序号} header row starts a new table). Table rows are the lines the reader handed
 * over as tables ({@link NormalizedText#isTableRow}); no line is taken for a row because it has a tab.
 */
public final class Outliner {

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,]+$");

  private static final Pattern NOTE = Pattern.compile("^[-–•·]?\\s*附\\s*件\\s*[：:]\\s*(\\S.*)$");
  private static final Pattern NOTE_ITEM = Pattern.compile("^(\\d{1,2})\\s*[.、．]\\s*(\\S.*)$");
  private static final Pattern LABEL = Pattern.compile("^附\\s*件\\s*(\\d{1,2})?\\s*[：:]?\\s*$");
  private static final Pattern LABEL_WITH_CAPTION =
      Pattern.compile("^附\\s*件\\s*(\\d{1,2})\\s*(?:[：:]\\s*(\\S.{0,80})|(\\p{IsHan}[^。；，;,]{1,79}))$");
  private static final Pattern CC = Pattern.compile("^抄\\s*送\\s*[：:].*");
  private static final Pattern PRINTED =
      Pattern.compile(".*[\\d〇零一二三四五六七八九]{4}\\s*年.{1,6}月.{1,6}日\\s*印\\s*发\\s*$");
  private static final int MAX_CAPTION_LENGTH = 80;

  private final PartRoleClassifier roles;
  /** A short line naming the 印发机关: it ends with an organ ending ({@code structure/printer-endings}). */
  private final Pattern printerName;
  /** The first header cell of a numbered table ({@code structure/serial-headers}). */
  private final Pattern serialHeader;

  public Outliner(PartRoleClassifier roles, Lexicon lexicon) {
    this.roles = roles;
    this.printerName = Pattern.compile(".*" + lexicon.alternation("structure/printer-endings") + "$");
    this.serialHeader = Pattern.compile(lexicon.alternation("structure/serial-headers"));
  }

  public Outline outline(NormalizedText normalized) {
    List<Line> lines = splitLines(normalized);
    int closingStart = findClosingStart(lines);
    List<Integer> noteLines = new ArrayList<>();
    List<String> note = new ArrayList<>();
    findAttachmentNote(lines, closingStart, noteLines, note);
    int afterNote = noteLines.isEmpty() ? 0 : noteLines.get(noteLines.size() - 1) + 1;
    List<Attachment> attachments = findAttachments(lines, afterNote, closingStart);
    Set<Integer> skip = new HashSet<>(noteLines);
    for (Attachment a : attachments) {
      skip.add(a.labelLine());
      if (a.caption() != null && a.firstLine() > a.labelLine() + 1) {
        skip.add(a.firstLine() - 1);
      }
    }
    List<HeadingLine> headings = findHeadings(lines, closingStart, skip);
    List<TableBlock> tables = findTables(lines, closingStart, attachments);
    return new Outline(normalized, lines, headings, attachments, note, noteLines, tables, closingStart,
        roles.classify(lines, headings, attachments, closingStart));
  }

  private static List<Line> splitLines(NormalizedText normalized) {
    String text = normalized.text();
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lines.add(new Line(lines.size(), start, end, text.substring(start, end), normalized.isTableRow(start)));
      start = end + 1;
    }
    return lines;
  }

  /** The 版记 at the end: the 抄送 line and the 印发 line (with the 印发机关 line before it when separate). */
  private int findClosingStart(List<Line> lines) {
    int closing = lines.size();
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < 10; i--) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      seen++;
      String t = l.text().trim();
      if (CC.matcher(t).matches()) {
        closing = i;
      } else if (PRINTED.matcher(t).matches()) {
        closing = i;
        int prev = previousContent(lines, i);
        if (prev >= 0 && isPrintedByLine(lines.get(prev).text())) {
          closing = prev;
          i = prev;
        }
      }
    }
    return closing;
  }

  private boolean isPrintedByLine(String text) {
    String t = text.trim();
    return !t.isEmpty() && t.length() <= 40 && t.indexOf('\t') < 0 && !t.endsWith("。")
        && !CC.matcher(t).matches() && printerName.matcher(t).matches();
  }

  private static int previousContent(List<Line> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!lines.get(j).blank()) {
        return j;
      }
    }
    return -1;
  }

  private static void findAttachmentNote(List<Line> lines, int end, List<Integer> noteLines, List<String> note) {
    for (int i = 0; i < end; i++) {
      Line l = lines.get(i);
      if (l.table()) {
        continue;
      }
      Matcher m = NOTE.matcher(l.text().trim());
      if (!m.matches()) {
        continue;
      }
      noteLines.add(i);
      String first = m.group(1).trim();
      Matcher item = NOTE_ITEM.matcher(first);
      if (!item.matches()) {
        note.add(cleanTitle(first));
        return;
      }
      note.add(cleanTitle(item.group(2)));
      for (int j = i + 1; j < end; j++) {
        Line next = lines.get(j);
        if (next.blank()) {
          continue;
        }
        Matcher more = NOTE_ITEM.matcher(next.text().trim());
        if (next.table() || !more.matches()) {
          return;
        }
        noteLines.add(j);
        note.add(cleanTitle(more.group(2)));
      }
      return;
    }
  }

  private static String cleanTitle(String s) {
    return TRAILING_PUNCTUATION.matcher(CharClass.withoutRegexSpace(s)).replaceAll("");
  }

  private static List<Attachment> findAttachments(List<Line> lines, int from, int end) {
    List<int[]> labels = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<String> inlineCaptions = new ArrayList<>();
    for (int i = from; i < end; i++) {
      Line l = lines.get(i);
      if (l.table()) {
        continue;
      }
      String t = l.text().trim();
      Matcher m = LABEL.matcher(t);
      Matcher c = LABEL_WITH_CAPTION.matcher(t);
      if (m.matches()) {
        labels.add(new int[] {i});
        numbers.add(m.group(1) == null ? String.valueOf(labels.size()) : m.group(1));
        inlineCaptions.add(null);
      } else if (c.matches()) {
        labels.add(new int[] {i});
        numbers.add(c.group(1));
        // 附件2：caption, or 附件2caption without a colon (a web page's title row): no sentence punctuation then
        inlineCaptions.add(cleanTitle(c.group(2) != null ? c.group(2) : c.group(3)));
      }
    }
    List<Attachment> out = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      int label = labels.get(k)[0];
      int stop = k + 1 < labels.size() ? labels.get(k + 1)[0] : end;
      String caption = inlineCaptions.get(k);
      int first = label + 1;
      if (caption == null) {
        for (int j = label + 1; j < stop && j <= label + 4; j++) {
          Line l = lines.get(j);
          if (l.blank()) {
            continue;
          }
          if (!l.table() && l.text().trim().length() <= MAX_CAPTION_LENGTH) {
            caption = cleanTitle(l.text());
            first = j + 1;
          }
          break;
        }
      }
      out.add(new Attachment(numbers.get(k), caption, label, first, stop));
    }
    return out;
  }

  private static List<HeadingLine> findHeadings(List<Line> lines, int end, Set<Integer> skip) {
    List<HeadingLine> out = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      Line l = lines.get(i);
      if (l.blank() || l.table() || skip.contains(i)) {
        continue;
      }
      Optional<HeadingLevel.Marker> marker = HeadingLevel.detect(l.text());
      if (marker.isEmpty()) {
        continue;
      }
      HeadingLevel.Marker m = marker.get();
      String text = l.text();
      int stop = text.indexOf('。', m.textStart());
      int titleEnd = stop < 0 ? text.length() : stop;
      String title = CharClass.withoutRegexSpace(text.substring(m.textStart(), titleEnd));
      if (title.isEmpty()) {
        continue;
      }
      String printed = CharClass.withoutRegexSpace(text.substring(0, titleEnd));
      out.add(new HeadingLine(m.level().level(), m.number(), title, printed, i,
          new Span(l.start(), l.start() + titleEnd)));
    }
    return out;
  }

  private List<TableBlock> findTables(List<Line> lines, int end, List<Attachment> attachments) {
    List<TableBlock> out = new ArrayList<>();
    int i = 0;
    while (i < end) {
      if (!lines.get(i).table()) {
        i++;
        continue;
      }
      List<Row> run = new ArrayList<>();
      int j = i;
      while (j < end && (lines.get(j).table() || lines.get(j).blank())) {
        if (lines.get(j).table()) {
          run.add(toRow(lines.get(j)));
        }
        j++;
      }
      String attachment = null;
      String caption = null;
      for (Attachment a : attachments) {
        if (a.contains(i)) {
          attachment = a.number();
          caption = a.caption();
        }
      }
      if (caption == null) {
        caption = captionBefore(lines, i);
      }
      splitRun(run, caption, attachment, out);
      i = j;
    }
    return out;
  }

  private static String captionBefore(List<Line> lines, int tableLine) {
    int prev = previousContent(lines, tableLine);
    if (prev < 0) {
      return null;
    }
    String t = lines.get(prev).text().trim();
    return t.length() <= MAX_CAPTION_LENGTH && !t.endsWith("。") && !t.endsWith("：") ? cleanTitle(t) : null;
  }

  /** Drops repeated header rows and starts a new table at a different 序号 header row. */
  private void splitRun(List<Row> run, String caption, String attachment, List<TableBlock> out) {
    Row header = null;
    List<Row> rows = new ArrayList<>();
    boolean afterPageBreak = false;
    for (Row r : run) {
      if (header == null) {
        header = r;
        continue;
      }
      if (key(r).equals(key(header))) {
        afterPageBreak = true;
        continue;
      }
      if (afterPageBreak && !rows.isEmpty() && continuesAcrossPage(rows.get(rows.size() - 1), r)) {
        rows.set(rows.size() - 1, joinRows(rows.get(rows.size() - 1), r));
        afterPageBreak = false;
        continue;
      }
      afterPageBreak = false;
      if (isSerialHeader(r)) {
        if (!rows.isEmpty() || !isSerialHeader(header)) {
          out.add(new TableBlock(caption, attachment, header, rows));
        }
        header = r;
        rows = new ArrayList<>();
        continue;
      }
      rows.add(r);
    }
    if (header != null) {
      out.add(new TableBlock(caption, attachment, header, rows));
    }
  }

  /**
   * A row that a page break cut in two: after the header repeated on the new page comes a row with no
   * 序号, and the row before it stops in mid-sentence (its longest cell does not end with 。；!?).
   */
  private static boolean continuesAcrossPage(Row before, Row after) {
    if (after.cells().isEmpty() || !after.cells().get(0).empty()) {
      return false;
    }
    String longest = "";
    for (Cell c : before.cells()) {
      if (c.text().length() > longest.length()) {
        longest = c.text();
      }
    }
    return !longest.isEmpty() && "。；;！？!?".indexOf(longest.charAt(longest.length() - 1)) < 0;
  }

  /** The two halves of a page-cut row as one: cell texts concatenated, spans from first to last part. */
  private static Row joinRows(Row first, Row second) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < Math.max(first.cells().size(), second.cells().size()); c++) {
      Cell a = first.cell(c);
      Cell b = second.cell(c);
      if (b.empty()) {
        cells.add(a);
      } else if (a.empty()) {
        cells.add(b);
      } else {
        cells.add(new Cell(a.text() + b.text(), new Span(a.span().start(), b.span().end())));
      }
    }
    return new Row(first.line(), new Span(first.span().start(), second.span().end()), cells);
  }

  private boolean isSerialHeader(Row r) {
    return !r.cells().isEmpty() && serialHeader.matcher(CharClass.withoutRegexSpace(r.cells().get(0).text())).matches();
  }

  private static String key(Row r) {
    return CharClass.withoutRegexSpace(String.join("\t", r.texts()));
  }

  private static Row toRow(Line line) {
    List<Cell> cells = new ArrayList<>();
    String t = line.text();
    int cellStart = 0;
    for (int k = 0; k <= t.length(); k++) {
      if (k == t.length() || t.charAt(k) == '\t') {
        int s = cellStart;
        int e = k;
        while (s < e && Character.isWhitespace(t.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
          e--;
        }
        cells.add(new Cell(t.substring(s, e), new Span(line.start() + s, line.start() + e)));
        cellStart = k + 1;
      }
    }
    return new Row(line.index(), line.span(), cells);
  }
}
