package org.gongwen.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Headings, spec §8: P/R/F1 on (level, number, title) as a multiset, each compared by {@link TextKey}. */
final class HeadingScorer {

  private HeadingScorer() {}

  record Result(Counts counts, Diff diff) {}

  static Result score(List<JsonNode> gold, List<JsonNode> predicted) {
    Matching.Result m = Matching.match(
        gold, Nodes::optional, predicted, (g, p) -> key(g).equals(key(p)), (g, p) -> 0.0);
    Diff diff = new Diff(
        m.missed().stream().map(i -> show(gold.get(i))).toList(),
        m.extra().stream().map(i -> show(predicted.get(i))).toList(),
        List.of());
    return new Result(m.counts(), diff);
  }

  private static String key(JsonNode h) {
    return Nodes.key(h.get("level")) + "\u0000" + Nodes.key(h.get("number")) + "\u0000"
        + Nodes.key(h.get("title"));
  }

  static String show(JsonNode h) {
    return "L" + Nodes.show(h.get("level")) + " " + Nodes.show(h.get("number")) + " "
        + Nodes.show(h.get("title"));
  }
}
