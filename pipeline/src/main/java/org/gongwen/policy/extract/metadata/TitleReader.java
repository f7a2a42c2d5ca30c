package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.text.CharClass;

/**
 * Reads the 标题 and the 主送 line from the front lines. The title is the first run of lines that are not
 * 版头 elements and reads as a title (ends with a 文种, or says 关于): printed under the 版头, or, on a
 * web page or a reposted notice without letterhead, on the first line(s) above the 发文字号. A title runs
 * over at most four lines and ends at its 文种 (a short line right after it that is bracketed,
 * {@code （试行）}, {@code (2022—2024年)的通知}, or starts with 的 continues it). The 主送 line is the next
 * line that is not an element and ends with a colon.
 */
public final class TitleReader {

  private static final int MAX_TITLE_LINES = 4;
  private static final int MAX_TITLE_LINE = 80;
  private static final int CONTINUATION = 20;
  private static final int MIN_ABOUT_TITLE = 10;
  /** Lines that may stand between a web page's title and its 主送 line (date, 文号). */
  private static final int NEAR_RECIPIENTS = 3;

  private final MetadataWords words;
  private final OrganNames organs;
  private final EnclosedTitleRule enclosed;
  private final NameListParser names;
  private final ChineseDateParser dates;

  public TitleReader(MetadataWords words, OrganNames organs, EnclosedTitleRule enclosed, NameListParser names,
      ChineseDateParser dates) {
    this.words = words;
    this.organs = organs;
    this.enclosed = enclosed;
    this.names = names;
    this.dates = dates;
  }

  public TitleBlock read(List<Line> front, FrontBlock head) {
    int first = nextNonElement(front, head, 0);
    int afterElements = 0;
    for (int k : head.elementLines()) {
      afterElements = Math.max(afterElements, k + 1);
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(first);
    int second = nextNonElement(front, head, afterElements);
    if (second != first) {
      starts.add(second);
    }
    int[] chosen = null;
    for (int s : starts) {
      int[] run = titleRun(front, head, s);
      if (run[1] > run[0] && titleLike(join(front, run))) {
        chosen = run;
        break;
      }
    }
    if (chosen == null) {
      chosen = titleAboveRecipients(front, head);
    }
    if (chosen == null) {
      chosen = titleRun(front, head, starts.get(starts.size() - 1));
    }
    String title = chosen[1] > chosen[0] ? join(front, chosen) : null;
    int end = chosen[1];
    List<String> recipients = List.of();
    int r = nextNonElement(front, head, end);
    List<String> addressed = List.of();
    for (int j = r; j < front.size() && j - end <= NEAR_RECIPIENTS; j++) {
      String t = front.get(j).text().strip();
      addressed = head.isElement(j) ? List.of() : recipientsOf(t);
      if (!addressed.isEmpty() || t.endsWith("。")) {
        r = j;
        break;
      }
    }
    if (chosen.length > 2 && chosen[2] > 0) {
      addressed = recipientsOf(front.get(end - 1).text().strip().substring(chosen[2]));
      r = end - 1;
    }
    if (!addressed.isEmpty()) {
      recipients = addressed;
      end = r + 1;
    } else if (title == null && r < front.size()) {
      end = r;
    }
    List<String> titleOrgans = title == null ? List.of() : titleOrgans(front, chosen);
    return new TitleBlock(title, enclosed.apply(title), titleOrgans, end, recipients);
  }

  /**
   * A web page puts site menus above the notice: the title is then the title-like line nearest above the
   * 主送 line (a publication-date or 文号 line may stand between), with the line above it when only that
   * one says 关于 (a title printed on two lines). Null when there is no such line.
   */
  private int[] titleAboveRecipients(List<Line> front, FrontBlock head) {
    int r = 0;
    while (r < front.size() && recipientsOf(front.get(r).text()).isEmpty()) {
      r++;
    }
    for (int k = r - 1; k >= Math.max(0, r - 1 - NEAR_RECIPIENTS); k--) {
      String t = CharClass.withoutRegexSpace(front.get(k).text());
      if (head.isElement(k) || t.length() > MAX_TITLE_LINE || t.endsWith("。") || !titleLike(t)) {
        continue;
      }
      int first = k;
      if (!t.contains("关于") && k > 0 && !head.isElement(k - 1)) {
        String above = CharClass.withoutRegexSpace(front.get(k - 1).text());
        if (above.contains("关于") && above.length() <= MAX_TITLE_LINE && !above.matches(".*[。：:；]$")) {
          first = k - 1;
        }
      }
      return new int[] {first, k + 1, -1};
    }
    return null;
  }

  /**
   * [first, end, cut) of the title lines from {@code s}; cut is the length of the last line's title part
   * when the text layer glued the next sentence to it ({@code …的公告现将有关事项公告如下：}), else -1.
   */
  private int[] titleRun(List<Line> front, FrontBlock head, int s) {
    int k = s;
    while (k < front.size() && k - s < MAX_TITLE_LINES && !head.isElement(k)) {
      String t = front.get(k).text().strip();
      if (t.endsWith("：") || t.endsWith(":") || t.endsWith("。") || dates.isDateLine(t)
          || t.length() > MAX_TITLE_LINE) {
        int cut = gluedTitleEnd(front, s, k);
        if (cut > 0) {
          return new int[] {s, k + 1, cut};
        }
        break;
      }
      k++;
      if (words.endsWithDocumentType(CharClass.withoutRegexSpace(t)) && !nextIsContinuation(front, head, k)) {
        break;
      }
    }
    if (k < front.size() && k > s && nextIsContinuation(front, head, k)) {
      k++;
    }
    return new int[] {s, k, -1};
  }

  /**
   * Where the title ends in line {@code k} that a following sentence was glued to: after the first
   * 的+文种 with 关于 in the title before it; -1 when there is none.
   */
  private int gluedTitleEnd(List<Line> front, int s, int k) {
    String t = front.get(k).text().strip();
    StringBuilder before = new StringBuilder();
    for (int j = s; j < k; j++) {
      before.append(front.get(j).text().strip());
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != '的') {
        continue;
      }
      for (String type : words.documentTypes()) {
        int end = i + 1 + type.length();
        if (t.startsWith(type, i + 1) && end < t.length() - 1
            && (before + t.substring(0, i)).contains("关于")) {
          return end;
        }
      }
    }
    return -1;
  }

  private boolean nextIsContinuation(List<Line> front, FrontBlock head, int k) {
    if (k >= front.size() || head.isElement(k)) {
      return false;
    }
    String next = front.get(k).text().strip();
    if (next.length() >= CONTINUATION || next.endsWith("：") || next.endsWith(":") || next.endsWith("。")) {
      return false;
    }
    boolean bracket = next.startsWith("(") || next.startsWith("（");
    return next.startsWith("的") || (bracket && (next.endsWith(")") || next.endsWith("）")
        || words.endsWithDocumentType(CharClass.withoutRegexSpace(next))));
  }

  /** Ends with a 文种 (after a bracketed tail such as （试行）), or says 关于 and is not a menu item (关于我们). */
  private boolean titleLike(String title) {
    String t = title.replaceAll("[（(][^（()）]{1,15}[）)]$", "");
    return words.endsWithDocumentType(t) || (t.contains("关于") && t.length() >= MIN_ABOUT_TITLE);
  }

  /**
   * The 主送机关 of a line ending in a colon: names split outside brackets, of which one at least is an
   * organ or a collective ({@code 各…}, {@code 市级有关单位}); a lead-in sentence ({@code 现将有关事项公告如下：}) gives none.
   */
  private List<String> recipientsOf(String text) {
    String t = text.strip();
    if (!(t.endsWith("：") || t.endsWith(":")) || t.contains("。")) {
      return List.of();
    }
    List<String> list = names.split(t.replaceAll("[：:]$", ""));
    boolean addressed = list.stream().anyMatch(n -> words.isCollective(n) || organs.isOrgan(n));
    return addressed ? list : List.of();
  }

  /** The organs before 关于 (or the forward verb) in the printed title lines; none for 等N部门. */
  private List<String> titleOrgans(List<Line> front, int[] run) {
    StringBuilder printed = new StringBuilder();
    for (int k = run[0]; k < run[1]; k++) {
      printed.append(front.get(k).text().strip()).append(' ');
    }
    String t = printed.toString();
    int cut = t.indexOf("关于");
    for (String verb : words.forwardVerbs()) {
      int v = t.indexOf(verb);
      if (v > 0 && (cut < 0 || v < cut)) {
        cut = v;
      }
    }
    if (cut <= 0) {
      return List.of();
    }
    String before = t.substring(0, cut).strip();
    int etc = before.indexOf('等');
    if (etc >= 0) {
      before = before.substring(0, etc);
      return organs.isOrgan(before) ? List.of(CharClass.withoutRegexSpace(before)) : List.of();
    }
    return organs.allOrgans(before) ? organs.split(before) : List.of();
  }

  private static int nextNonElement(List<Line> front, FrontBlock head, int from) {
    int k = from;
    while (k < front.size() && head.isElement(k)) {
      k++;
    }
    return k;
  }

  private static String join(List<Line> front, int[] run) {
    StringBuilder b = new StringBuilder();
    for (int k = run[0]; k < run[1]; k++) {
      String t = front.get(k).text().strip();
      b.append(k == run[1] - 1 && run.length > 2 && run[2] > 0 ? t.substring(0, run[2]) : t);
    }
    return CharClass.withoutRegexSpace(b.toString());
  }
}
