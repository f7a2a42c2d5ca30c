package org.gongwen.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Targets, spec §8: a prediction matches a gold target when the values are equal (relative difference
 * below {@value #RELATIVE_TOLERANCE}; two zeros are equal), the units are equal after {@link TextKey}
 * (a {@code null} gold unit matches any predicted unit) and the years are equal ({@code null} equals
 * {@code null}). Among several candidates the pair whose indicators share the most characters wins
 * (Dice over the characters of the indicator keys; see {@link Matching} for the greedy order).
 * Comparator and kind accuracy are judged over the matched pairs, each only where the gold target has
 * that field.
 */
final class TargetScorer {

  static final double RELATIVE_TOLERANCE = 1e-6;

  private TargetScorer() {}

  record Result(Counts counts, Accuracy comparator, Accuracy kind, Diff diff) {}

  static Result score(List<JsonNode> gold, List<JsonNode> predicted) {
    Matching.Result m = Matching.match(
        gold, Nodes::optional, predicted, TargetScorer::matches,
        (g, p) -> Matching.charOverlap(Nodes.key(g.get("indicator")), Nodes.key(p.get("indicator"))));
    Accuracy comparator = Accuracy.NONE;
    Accuracy kind = Accuracy.NONE;
    List<String> mismatched = new ArrayList<>();
    for (Matching.Pair pair : m.pairs()) {
      JsonNode g = gold.get(pair.gold());
      JsonNode p = predicted.get(pair.pred());
      for (String field : List.of("comparator", "kind")) {
        if (!g.has(field)) {
          continue;
        }
        boolean agree = Objects.equals(Nodes.key(g.get(field)), Nodes.key(p.get(field)));
        if (field.equals("comparator")) {
          comparator = comparator.plus(Accuracy.of(agree));
        } else {
          kind = kind.plus(Accuracy.of(agree));
        }
        if (!agree) {
          mismatched.add(show(g) + " | " + field + " gold " + Nodes.show(g.get(field)) + ", predicted "
              + Nodes.show(p.get(field)));
        }
      }
    }
    Diff diff = new Diff(
        m.missed().stream().map(i -> show(gold.get(i))).toList(),
        m.extra().stream().map(i -> show(predicted.get(i))).toList(),
        mismatched);
    return new Result(m.counts(), comparator, kind, diff);
  }

  static boolean matches(JsonNode gold, JsonNode predicted) {
    return valueEqual(gold.get("value"), predicted.get("value"))
        && unitMatches(gold.get("unit"), predicted.get("unit"))
        && Objects.equals(Nodes.key(gold.get("year")), Nodes.key(predicted.get("year")));
  }

  static boolean valueEqual(JsonNode gold, JsonNode predicted) {
    Double g = Nodes.number(gold);
    Double p = Nodes.number(predicted);
    if (g == null || p == null) {
      // Not numbers: equal only when both are absent, or both the same non-numeric text.
      return g == null && p == null && Objects.equals(Nodes.key(gold), Nodes.key(predicted));
    }
    return valueEqual(g, p);
  }

  static boolean valueEqual(double gold, double predicted) {
    if (gold == predicted) {
      return true;
    }
    double scale = Math.max(Math.abs(gold), Math.abs(predicted));
    return Math.abs(gold - predicted) / scale < RELATIVE_TOLERANCE;
  }

  private static boolean unitMatches(JsonNode gold, JsonNode predicted) {
    String g = Nodes.key(gold);
    return g == null || g.equals(Nodes.key(predicted));
  }

  /** One line: indicator | value unit | year | raw. */
  static String show(JsonNode t) {
    String unit = Nodes.absent(t.get("unit")) ? "" : " " + Nodes.show(t.get("unit"));
    return Nodes.show(t.get("indicator")) + " | " + Nodes.show(t.get("value")) + unit + " | "
        + Nodes.show(t.get("year")) + " | " + Nodes.show(t.get("raw"));
  }
}
