package org.gongwen.policy.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.ingest.SourceTable;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Turns a reader's text into {@link NormalizedText}: drops page footers, joins lines cut in
 * mid-sentence by layout or a page break, removes spurious spaces next to Han characters, and
 * separates paragraphs by exactly one blank line. Every written char remembers its raw offset.
 *
 * <p>Table rows are the lines inside the reader's {@link ExtractedText#tables()} ranges, and only those:
 * they keep their tabs (spaces around a tab dropped), are never joined, and are recorded in
 * {@link NormalizedText#isTableRow}. In any other line a tab is a space (a paragraph indented with a tab
 * is prose).
 *
 * <p>Join rule (a line L followed, after any blank lines, by a line M; both prose, not table rows):
 * join when L does not end a sentence or clause ({@link CharClass#endsSentence}), L is not a
 * heading without a full stop (一、指导思想, at most {@value #MAX_HEADING_TITLE_LINE} chars), L does not end with a document-type word (…的通知),
 * L is not an 附件说明 ending in a table title ({@code 附件：…重点任务分工表}, not joined to the signature below),
 * L is not a 发文字号 line (also {@code 浙经信投资〔2024〕7号　签发人：李某某}) nor a date line
 * ({@code 二〇二三年十二月二十九日}, which is as long as a sentence fragment),
 * L is at least {@value #MIN_JOIN_LENGTH} chars, and M does not start a structural element (a
 * heading marker, 附件, 抄送, a —— bullet, a date). Example from a seed: {@code 突破一批制约经济社\n\n会发展}.
 */
public final class Normalizer {

  static final int MIN_JOIN_LENGTH = 12;
  /** A heading line without 。 longer than this is a run-in sentence cut by a page break, not a title. */
  static final int MAX_HEADING_TITLE_LINE = 40;

  private static final Pattern FOOTER = Pattern.compile(
      "\\s*(?:[—－\\-–~]{1,3}\\s*\\d{1,4}\\s*[—－\\-–~]{1,3}|第\\s*\\d{1,4}\\s*页(?:\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*");
  private static final Pattern HEADING_WITHOUT_STOP = Pattern.compile(
      "(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[）)])[^。]*");
  /** A line that opens a structural element: heading marker, 附件, 抄送, a —— bullet, an article, a date. */
  private final Pattern structuralStart;
  /** A line complete without a full stop: title-line ending, table caption, 发文字号 line, date line. */
  private final Pattern completeLine;

  /**
   * @param lexicon gives the 抄送 label ({@code metadata/cc-labels}), the units of an article heading
   *     ({@code structure/article-units}) and the last words of a complete line
   *     ({@code structure/title-line-endings})
   */
  public Normalizer(Lexicon lexicon) {
    this.structuralStart = Pattern.compile(
        "(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[）)]"
            + "|[-–•·]?\\s*附\\s*件|" + lexicon.spacedAlternation("metadata/cc-labels")
            + "|——|第[一二三四五六七八九十百零〇\\d]+" + lexicon.characterClass("structure/article-units")
            + "|[\\d〇零一二三四五六七八九]{4}\\s*年\\s*[\\d一二三四五六七八九十]{1,2}\\s*月).*");
    this.completeLine = Pattern.compile(
        ".*" + lexicon.alternation("structure/title-line-endings")
            + "|附件\\s*\\d*\\s*[：:].*表"
            + "|.*[〔\\[（(【]\\s*\\d{4}\\s*[〕\\]）)】]\\s*\\d+\\s*号(?:\\s*签\\s*发\\s*人\\s*[：:]\\s*\\S{1,12})?"
            + "|\\s*[\\d〇零○一二三四五六七八九]{4}\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日");
  }

  /** Normalizes the text of one document. */
  public NormalizedText normalize(ExtractedText extracted) {
    String raw = extracted.text();
    List<RawLine> lines = splitLines(raw, extracted.tables());
    Builder out = new Builder(raw.length());
    boolean pendingBlank = false;
    boolean joining = false;
    for (int i = 0; i < lines.size(); i++) {
      RawLine line = lines.get(i);
      if (line.blank) {
        pendingBlank = !joining && out.length() > 0;
        continue;
      }
      if (!joining) {
        if (pendingBlank) {
          out.newline(line.start);
        }
        pendingBlank = false;
      }
      if (line.table) {
        out.markTableRow();
      }
      out.append(line);
      RawLine next = nextContentLine(lines, i + 1);
      joining = next != null && shouldJoin(line, next);
      if (!joining) {
        out.newline(line.end);
      }
    }
    return out.build(extracted.pageStarts());
  }

  private static RawLine nextContentLine(List<RawLine> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).blank) {
        return lines.get(j);
      }
    }
    return null;
  }

  boolean shouldJoin(RawLine l, RawLine m) {
    if (l.table || m.table) {
      return false;
    }
    String left = l.cleaned;
    String right = m.cleaned;
    if (left.length() < MIN_JOIN_LENGTH || right.isEmpty()) {
      return false;
    }
    char last = left.charAt(left.length() - 1);
    if (CharClass.endsSentence(last)) {
      return false;
    }
    boolean titleLikeHeading = left.length() <= MAX_HEADING_TITLE_LINE && HEADING_WITHOUT_STOP.matcher(left).matches();
    if (titleLikeHeading || completeLine.matcher(left).matches()) {
      return false;
    }
    return !structuralStart.matcher(right).matches();
  }

  private static List<RawLine> splitLines(String raw, List<SourceTable> tables) {
    List<RawLine> lines = new ArrayList<>();
    int table = 0;
    int start = 0;
    while (start <= raw.length()) {
      int nl = raw.indexOf('\n', start);
      int end = nl < 0 ? raw.length() : nl;
      int contentEnd = end > start && raw.charAt(end - 1) == '\r' ? end - 1 : end;
      while (table < tables.size() && tables.get(table).end() < start) {
        table++;
      }
      boolean row = table < tables.size() && tables.get(table).containsLine(start);
      lines.add(RawLine.of(raw, start, contentEnd, row));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  /** One raw line with its cleaned chars and their raw offsets. */
  static final class RawLine {
    final int start;
    final int end;
    final boolean blank;
    final boolean table;
    final String cleaned;
    final int[] offsets;

    private RawLine(int start, int end, boolean blank, boolean table, String cleaned, int[] offsets) {
      this.start = start;
      this.end = end;
      this.blank = blank;
      this.table = table;
      this.cleaned = cleaned;
      this.offsets = offsets;
    }

    static RawLine of(String raw, int start, int end, boolean tableRow) {
      String content = raw.substring(start, end);
      boolean table = tableRow && !content.isBlank();
      if (content.isBlank() || (!table && mayBeFooter(content) && FOOTER.matcher(content).matches())) {
        return new RawLine(start, end, true, false, "", new int[0]);
      }
      char[] chars = new char[content.length()]; // chars[0, n) is the cleaned line
      int[] offsets = new int[content.length()];
      int n = 0;
      int i = 0;
      while (i < content.length()) {
        char c = content.charAt(i);
        if (c == '\t' && table) {
          // trim spaces before a tab
          while (n > 0 && chars[n - 1] == ' ') {
            n--;
          }
          chars[n] = '\t';
          offsets[n++] = start + i;
          i++;
          while (i < content.length() && CharClass.isSpace(content.charAt(i))) {
            i++;
          }
          continue;
        }
        if (CharClass.isSpace(c) || c == '\t') {
          int j = i;
          while (j < content.length() && (CharClass.isSpace(content.charAt(j)) || content.charAt(j) == '\t')) {
            j++;
          }
          char before = n == 0 ? '\t' : chars[n - 1];
          char after = j < content.length() ? content.charAt(j) : '\t';
          if (keepSpace(before, after)) {
            chars[n] = ' ';
            offsets[n++] = start + i;
          }
          i = j;
          continue;
        }
        chars[n] = c;
        offsets[n++] = start + i;
        i++;
      }
      return new RawLine(start, end, false, table, new String(chars, 0, n), Arrays.copyOf(offsets, n));
    }

    /**
     * Whether {@code FOOTER} may match: after its leading {@code \\s*} it starts with a dash, 第 or an ASCII digit,
     * so a line whose first other char is none of them (almost every line) is not matched against it.
     */
    static boolean mayBeFooter(String content) {
      int i = 0;
      while (i < content.length() && isRegexSpace(content.charAt(i))) {
        i++;
      }
      if (i == content.length()) {
        return true;
      }
      char c = content.charAt(i);
      return (c >= '0' && c <= '9') || "—－-–~第".indexOf(c) >= 0;
    }

    /** {@code \\s} of a pattern without flags. */
    private static boolean isRegexSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A space survives only between two ASCII word chars or between two Han chars. */
    private static boolean keepSpace(char before, char after) {
      if (before == '\t' || after == '\t') {
        return false;
      }
      return (CharClass.isAsciiWord(before) && CharClass.isAsciiWord(after))
          || (CharClass.isHan(before) && CharClass.isHan(after));
    }
  }

  /** Output text plus the raw offset of every char. */
  private static final class Builder {
    private final StringBuilder text;
    private int[] offsets;
    private final List<Integer> tableRowStarts = new ArrayList<>();

    Builder(int capacity) {
      text = new StringBuilder(capacity);
      offsets = new int[Math.max(16, capacity)];
    }

    int length() {
      return text.length();
    }

    void append(RawLine line) {
      int n = line.cleaned.length();
      int at = text.length();
      if (at + n > offsets.length) {
        int size = offsets.length;
        while (at + n > size) {
          size *= 2;
        }
        offsets = Arrays.copyOf(offsets, size);
      }
      System.arraycopy(line.offsets, 0, offsets, at, n);
      text.append(line.cleaned);
    }

    /** The line about to be appended is a table row. */
    void markTableRow() {
      tableRowStarts.add(text.length());
    }

    void newline(int rawOffset) {
      put('\n', rawOffset);
    }

    private void put(char c, int rawOffset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = rawOffset;
      text.append(c);
    }

    NormalizedText build(List<Integer> rawPageStarts) {
      int[] map = Arrays.copyOf(offsets, text.length());
      int[] pages = new int[rawPageStarts.size()];
      for (int p = 0; p < pages.length; p++) {
        pages[p] = firstAtOrAfter(map, rawPageStarts.get(p));
      }
      return new NormalizedText(
          text.toString(), pages, map, tableRowStarts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int firstAtOrAfter(int[] map, int raw) {
      int lo = 0;
      int hi = map.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (map[mid] < raw) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
