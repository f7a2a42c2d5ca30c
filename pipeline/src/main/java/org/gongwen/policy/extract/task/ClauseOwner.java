package org.gongwen.policy.extract.task;

import java.util.List;
import java.util.Optional;
import org.gongwen.policy.structure.HeadingLine;

/**
 * Decides which heading a unit clause belongs to: the level that carries the clause (spec §4).
 *
 * <p>Take the headings between the previous clause and this one. Start from the last of them; while
 * another heading of the same level stands among them (siblings that share the clause), move up to the
 * parent (siblings under another parent do not count: the first clause of a plan follows the clause-less
 * items （一）（二） of its 总体要求 part, which are not the clause's). So in
 * {@code 1.推动…（1）…（2）…（牵头单位：…）} the clause belongs to {@code 1.}, and in
 * {@code 1. 强化科技企业群体培育。…（责任单位：…）} to {@code 1.} itself.
 */
public final class ClauseOwner {

  /**
   * @param headings all headings of the document, in order
   * @param afterLine the line of the previous clause (exclusive), or -1
   * @param clauseLine the line of this clause (inclusive)
   */
  public Optional<HeadingLine> owner(List<HeadingLine> headings, int afterLine, int clauseLine) {
    List<HeadingLine> between = headings.stream()
        .filter(h -> h.line() > afterLine && h.line() <= clauseLine)
        .toList();
    if (between.isEmpty()) {
      return Optional.empty();
    }
    HeadingLine current = between.get(between.size() - 1);
    while (hasSibling(between, current, parentOf(headings, current).map(HeadingLine::line).orElse(-1))) {
      Optional<HeadingLine> parent = parentOf(headings, current);
      if (parent.isEmpty()) {
        break;
      }
      current = parent.get();
    }
    return Optional.of(current);
  }

  /** Another heading of {@code h}'s level among {@code between} under the same parent (after its line). */
  private static boolean hasSibling(List<HeadingLine> between, HeadingLine h, int parentLine) {
    return between.stream().anyMatch(o -> o != h && o.level() == h.level() && o.line() > parentLine);
  }

  /** The nearest heading before {@code h} with a lower level number (a higher rank). */
  public Optional<HeadingLine> parentOf(List<HeadingLine> headings, HeadingLine h) {
    HeadingLine parent = null;
    for (HeadingLine o : headings) {
      if (o.line() >= h.line()) {
        break;
      }
      if (o.level() < h.level()) {
        parent = o;
      }
    }
    return Optional.ofNullable(parent);
  }
}
