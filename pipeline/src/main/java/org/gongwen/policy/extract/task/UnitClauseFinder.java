package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.structure.Line;

/**
 * Finds unit clauses in body lines: {@code （责任单位：…）} in （）()〔〕[]【】 with nested brackets
 * ({@code 区委组织部（区人才办）}) kept inside, or a line that starts with a label
 * ({@code 责任单位：市科技局}). A clause whose closing bracket is missing runs to the end of its line.
 */
public final class UnitClauseFinder {

  private static final Pattern BRACKETED =
      Pattern.compile("[（(〔\\[【]\\s*(?=(?:" + UnitClauseParser.LABELS + ")\\s*[：:])");
  private static final Pattern OWN_LINE =
      Pattern.compile("^\\s*(?=(?:" + UnitClauseParser.LABELS + ")\\s*[：:])");
  private static final String OPEN = "（(〔[【〈<";
  private static final String CLOSE = "）)〕]】〉>";

  /** Clauses on this line, in order; {@code unclosed} collects lines whose clause has no closing bracket. */
  public List<UnitClause> find(Line line, List<Integer> unclosed) {
    List<UnitClause> out = new ArrayList<>();
    String t = line.text();
    Matcher own = OWN_LINE.matcher(t);
    if (own.find()) {
      String content = t.substring(own.end()).strip();
      out.add(new UnitClause(line.index(), line.span(), content, true));
      return out;
    }
    Matcher m = BRACKETED.matcher(t);
    int from = 0;
    while (m.find(from)) {
      int open = m.start();
      int depth = 0;
      int close = -1;
      for (int i = open; i < t.length(); i++) {
        char c = t.charAt(i);
        if (OPEN.indexOf(c) >= 0) {
          depth++;
        } else if (CLOSE.indexOf(c) >= 0) {
          depth--;
          if (depth == 0) {
            close = i;
            break;
          }
        }
      }
      int end = close < 0 ? t.length() : close + 1;
      if (close < 0) {
        unclosed.add(line.index());
      }
      String content = t.substring(m.end(), close < 0 ? t.length() : close).strip();
      boolean ownLine = t.substring(0, open).isBlank() && t.substring(end).isBlank();
      out.add(new UnitClause(line.index(), new Span(line.start() + open, line.start() + end), content, ownLine));
      from = end;
      if (from >= t.length()) {
        break;
      }
    }
    return out;
  }
}
