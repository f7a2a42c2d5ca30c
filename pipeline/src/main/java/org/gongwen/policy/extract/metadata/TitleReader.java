package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.structure.Line;

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
      int[] run = titleRun(front, head, starts.get(starts.size() - 1));
      chosen = run;
    }
    String title = chosen[1] > chosen[0] ? join(front, chosen) : null;
    int end = chosen[1];
    List<String> recipients = List.of();
    int r = nextNonElement(front, head, end);
    if (r < front.size() && r - end <= 3 && isRecipientsLine(front.get(r).text())) {
      recipients = names.split(front.get(r).text().strip().replaceAll("[：:]$", ""));
      end = r + 1;
    } else if (title == null && r < front.size()) {
      end = r;
    }
    List<String> titleOrgans = title == null ? List.of() : titleOrgans(front, chosen);
    return new TitleBlock(title, enclosed.apply(title), titleOrgans, end, recipients);
  }

  /** [first, end) of the title lines from {@code s}. */
  private int[] titleRun(List<Line> front, FrontBlock head, int s) {
    int k = s;
    while (k < front.size() && k - s < MAX_TITLE_LINES && !head.isElement(k)) {
      String t = front.get(k).text().strip();
      if (t.endsWith("：") || t.endsWith(":") || t.endsWith("。") || dates.isDateLine(t)
          || t.length() > MAX_TITLE_LINE) {
        break;
      }
      k++;
      if (words.endsWithDocumentType(t.replaceAll("\\s+", "")) && !nextIsContinuation(front, head, k)) {
        break;
      }
    }
    if (k < front.size() && k > s && nextIsContinuation(front, head, k)) {
      k++;
    }
    return new int[] {s, k};
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
        || words.endsWithDocumentType(next.replaceAll("\\s+", ""))));
  }

  /** Ends with a 文种 (after a bracketed tail such as （试行）), or says 关于. */
  private boolean titleLike(String title) {
    String t = title.replaceAll("[（(][^（()）]{1,15}[）)]$", "");
    return words.endsWithDocumentType(t) || t.contains("关于");
  }

  private static boolean isRecipientsLine(String text) {
    String t = text.strip();
    return (t.endsWith("：") || t.endsWith(":")) && !t.contains("。");
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
      return organs.isOrgan(before) ? List.of(before.replaceAll("\\s+", "")) : List.of();
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
      b.append(front.get(k).text());
    }
    return b.toString().replaceAll("\\s+", "");
  }
}
