package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.text.CharClass;

/**
 * Reads the 版记 lines the outliner found ({@link Outline#closingStart()} to the end): the 抄送 list, which
 * may run over several lines until the 印发 line; the 印发 line ({@code 机关　日期印发}, the organ on the
 * line above when it stands alone); and a labelled 附注 ({@code 公开方式：主动公开}) printed just above the
 * 版记.
 */
public final class ClosingBlockReader {

  private static final int NOTE_LOOKBACK = 3;

  private final NameListParser names;
  private final ChineseDateParser dates;
  private final Pattern cc;
  private final Pattern printed;
  private final Pattern noteLabel;

  public ClosingBlockReader(MetadataWords words, NameListParser names, ChineseDateParser dates) {
    this.names = names;
    this.dates = dates;
    this.cc = Pattern.compile("^" + words.ccLabel() + "\\s*[：:]\\s*(.*)$");
    this.printed = Pattern.compile("^(.*?)\\s*(" + ChineseDateParser.DATE + ")\\s*" + words.printedLabel() + "\\s*$");
    this.noteLabel = Pattern.compile("^" + words.noteLabel() + "\\s*[：:].+$");
  }

  public ClosingBlock read(Outline outline) {
    List<Line> lines = outline.lines();
    int start = outline.closingStart();
    List<String> ccList = new ArrayList<>();
    String printedBy = null;
    String printedDate = null;
    StringBuilder ccText = null;
    for (int i = start; i < lines.size(); i++) {
      String t = lines.get(i).text().strip();
      if (t.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = cc.matcher(t)).matches()) {
        ccText = new StringBuilder(m.group(1));
      } else if ((m = printed.matcher(t)).matches()) {
        ccText = flush(ccText, ccList);
        printedDate = dates.find(m.group(2)).orElse(null);
        String org = m.group(1).strip();
        printedBy = org.isEmpty() ? null : CharClass.withoutRegexSpace(org);
        if (printedBy == null) {
          printedBy = previousOrgan(lines, i, start);
        }
      } else if (ccText != null && !ccEnded(ccText) && !isPrintedByLine(lines, i)) {
        ccText.append(t);
      }
    }
    flush(ccText, ccList);
    return new ClosingBlock(ccList, printedBy, printedDate, noteAbove(lines, start));
  }

  private StringBuilder flush(StringBuilder ccText, List<String> ccList) {
    if (ccText != null) {
      ccList.addAll(names.split(ccText.toString().replaceAll("[。.]$", "")));
    }
    return null;
  }

  private static boolean ccEnded(StringBuilder text) {
    String t = text.toString().strip();
    return t.endsWith("。") || t.endsWith(".");
  }

  /** The line right before a 印发 line that has no organ of its own is the 印发机关. */
  private boolean isPrintedByLine(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      String t = lines.get(j).text().strip();
      if (!t.isEmpty()) {
        Matcher m = printed.matcher(t);
        return m.matches() && m.group(1).isBlank();
      }
    }
    return false;
  }

  private String previousOrgan(List<Line> lines, int i, int from) {
    for (int j = i - 1; j >= from; j--) {
      String t = lines.get(j).text().strip();
      if (!t.isEmpty()) {
        return cc.matcher(t).matches() ? null : CharClass.withoutRegexSpace(t);
      }
    }
    return null;
  }

  private String noteAbove(List<Line> lines, int start) {
    int seen = 0;
    for (int j = start - 1; j >= 0 && seen < NOTE_LOOKBACK; j--) {
      String t = lines.get(j).text().strip();
      if (t.isEmpty()) {
        continue;
      }
      seen++;
      if (noteLabel.matcher(t).matches()) {
        return CharClass.withoutRegexSpace(t);
      }
    }
    return null;
  }
}
