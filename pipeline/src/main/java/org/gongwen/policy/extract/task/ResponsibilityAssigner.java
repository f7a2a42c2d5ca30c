package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.language.Token;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.model.UnitRef;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;

/**
 * Gives units to body tasks that have no unit clause, from statements found by
 * {@link ResponsibilityReader}:
 * <ul>
 *   <li>a statement inside the task's own text ({@code …。由市科技局牵头，市财政局配合。}) names its units;
 *   <li>a statement elsewhere in the body, typically a closing 责任分工 paragraph
 *       ({@code 市科技局负责科技企业培育；市经信局负责企业技术改造}), goes to the task whose title shares the
 *       most words with the duty (segmented with HanLP; at least one shared word of two or more chars).
 * </ul>
 */
public final class ResponsibilityAssigner {

  private final ResponsibilityReader reader;
  /** A duty that lists several things ({@code 科技企业培育和重大创新平台建设}) is matched part by part. */
  private final Pattern dutyParts;

  public ResponsibilityAssigner(ResponsibilityReader reader, TaskWords words) {
    this.reader = reader;
    this.dutyParts = Pattern.compile("[" + words.conjunctionLetters() + "、，,]");
  }

  public List<Task> assign(Outline outline, List<Task> body, List<Task> tables) {
    Set<String> known = new LinkedHashSet<>();
    for (Task t : body) {
      t.units().forEach(u -> known.add(u.name()));
    }
    for (Task t : tables) {
      t.units().forEach(u -> known.add(u.name()));
    }
    ChineseSegmenter segmenter = new ChineseSegmenter(known);
    List<List<UnitRef>> units = new ArrayList<>();
    for (Task t : body) {
      List<UnitRef> own = new ArrayList<>(t.units());
      if (own.isEmpty()) {
        reader.read(t.text(), t.span().start(), segmenter).forEach(r -> addAll(own, r.units()));
      }
      units.add(own);
    }
    for (Line line : outline.lines().subList(0, outline.bodyEnd())) {
      if (line.blank() || line.table() || insideTask(body, line)) {
        continue;
      }
      for (Responsibility r : reader.read(line.text(), line.start(), segmenter)) {
        for (String part : dutyParts.split(r.duty())) {
          int best = bestTask(body, part, r.duty(), segmenter);
          if (best >= 0) {
            addAll(units.get(best), r.units());
          }
        }
      }
    }
    List<Task> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Task t = body.get(i);
      out.add(new Task(t.number(), t.title(), t.section(), t.origin(), t.attachment(), units.get(i), t.text(),
          t.span(), t.page()));
    }
    return out;
  }

  private static boolean insideTask(List<Task> tasks, Line line) {
    return tasks.stream().anyMatch(t -> line.start() >= t.span().start() && line.start() < t.span().end());
  }

  /**
   * The unit-less task whose title shares most content words with this part of the duty, ties broken by
   * the words it shares with the whole duty; -1 when no title shares a word.
   */
  private static int bestTask(List<Task> tasks, String part, String duty, ChineseSegmenter seg) {
    Set<String> partWords = words(part, seg);
    Set<String> dutyWords = words(duty, seg);
    int best = -1;
    int bestScore = 0;
    int bestTie = 0;
    for (int i = 0; i < tasks.size(); i++) {
      if (!tasks.get(i).units().isEmpty()) {
        continue; // a task with its own clause keeps it
      }
      Set<String> title = words(tasks.get(i).title(), seg);
      int score = overlap(title, partWords);
      int tie = overlap(title, dutyWords);
      if (score > bestScore || (score == bestScore && score > 0 && tie > bestTie)) {
        best = i;
        bestScore = score;
        bestTie = tie;
      }
    }
    return best;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size();
  }

  private static Set<String> words(String text, ChineseSegmenter seg) {
    Set<String> out = new HashSet<>();
    for (Token t : seg.tokens(text)) {
      if (t.word().length() >= 2 && (t.nounLike() || t.verb())) {
        out.add(t.word());
      }
    }
    return out;
  }

  private static void addAll(List<UnitRef> target, List<UnitRef> more) {
    for (UnitRef u : more) {
      if (target.stream().noneMatch(x -> x.name().equals(u.name()))) {
        target.add(u);
      }
    }
  }
}
