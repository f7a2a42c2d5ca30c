package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.structure.Line;

/**
 * Finds unit clauses in body lines: a bracket in （）()〔〕[]【】 (nested brackets such as
 * {@code 区委组织部（区人才办）} kept inside) whose content {@link UnitClauseParser#isClause} accepts,
 * labelled ({@code （责任单位：…）}) or not ({@code （财政部、税务总局负责）}); or a line that starts with a
 * label ({@code 责任单位：市科技局}). An unlabelled clause must close a sentence (see
 * {@link #closesSentence}); a bare list of organs must follow one ({@link #followsSentence}). A labelled clause whose closing bracket is missing runs to the end of
 * its line.
 */
public final class UnitClauseFinder {

  private static final String OPEN = "（(〔[【〈<";
  private static final String CLOSE = "）)〕]】〉>";
  private static final String CLAUSE_OPEN = "（(〔[【";
  private static final String SENTENCE_END = "。；;！!？?";

  private final UnitClauseParser parser;

  public UnitClauseFinder(UnitClauseParser parser) {
    this.parser = parser;
  }

  /** Clauses on this line, in order; {@code unclosed} collects lines whose clause has no closing bracket. */
  public List<UnitClause> find(Line line, List<Integer> unclosed) {
    List<UnitClause> out = new ArrayList<>();
    String t = line.text();
    if (parser.labelled(t)) {
      out.add(new UnitClause(line.index(), line.span(), t.strip(), true));
      return out;
    }
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (CLAUSE_OPEN.indexOf(c) < 0) {
        i++;
        continue;
      }
      int open = i;
      int close = closing(t, open);
      String content = t.substring(open + 1, close < 0 ? t.length() : close).strip();
      int end = close < 0 ? t.length() : close + 1;
      boolean clause = parser.labelled(content)
          || (close >= 0 && closesSentence(t, open, end) && parser.isClause(content))
          || (close >= 0 && followsSentence(t, open, end) && parser.isBareList(content));
      if (clause) {
        if (close < 0) {
          unclosed.add(line.index());
        }
        boolean ownLine = t.substring(0, open).isBlank() && t.substring(end).isBlank();
        out.add(new UnitClause(line.index(), new Span(line.start() + open, line.start() + end), content, ownLine));
        i = end;
      } else {
        i = close < 0 ? open + 1 : end;
      }
    }
    return out;
  }

  /**
   * An unlabelled clause closes a sentence: it stands after a sentence end (。；！？) or at the line's start,
   * or before one or the line's end ({@code …的实施（技工院校内由…部门负责），国务院…} is prose).
   */
  private static boolean closesSentence(String t, int open, int end) {
    String before = t.substring(0, open).stripTrailing();
    String after = t.substring(end).strip();
    return before.isEmpty() || SENTENCE_END.indexOf(before.charAt(before.length() - 1)) >= 0
        || after.isEmpty() || SENTENCE_END.indexOf(after.charAt(0)) >= 0;
  }

  /**
   * A bare list of organs ({@code 。（工业和信息化部、应急管理部）}) is a clause only right after a sentence
   * end (or at the line's start) and where no sentence goes on after it ({@code ，、：} or a closing bracket).
   */
  private static boolean followsSentence(String t, int open, int end) {
    String before = t.substring(0, open).stripTrailing();
    String after = t.substring(end).strip();
    return (before.isEmpty() || SENTENCE_END.indexOf(before.charAt(before.length() - 1)) >= 0)
        && (after.isEmpty() || "，,、：:）)".indexOf(after.charAt(0)) < 0);
  }

  /** Index of the bracket closing the one at {@code open}, or -1. */
  private static int closing(String t, int open) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      char c = t.charAt(i);
      if (OPEN.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSE.indexOf(c) >= 0) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
