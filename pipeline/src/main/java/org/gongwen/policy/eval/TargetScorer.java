package org.gongwen.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Targets, spec §8: a prediction matches a gold target when the values are equal (relative difference
 * below {@value #RELATIVE_TOLERANCE}; two zeros are equal), the units are equal after {@link TextKey}
 * (a {@code null} gold unit matches any predicted unit) and the years are equal ({@code null} equals
 * {@code null}). Among several candidates the pair whose indicators share the most characters wins
 * (Dice over the characters of the indicator keys; see {@link Matching} for the greedy order).
 * Comparator, kind and scope accuracy are judged over the matched pairs, each only where the gold target
 * has that field; so is indicator overlap, the Jaccard overlap of the two indicators' character bigrams
 * ({@link #indicatorOverlap}). Targets strict counts a matched pair as a true positive only when comparator,
 * kind and scope agree and the indicator overlap is at least {@value #STRICT_OVERLAP}; the other matched
 * pairs count as both a false positive and a false negative.
 */
final class TargetScorer {

  static final double RELATIVE_TOLERANCE = 1e-6;
  static final double STRICT_OVERLAP = 0.5;

  private TargetScorer() {}

  record Result(Counts counts, Counts strict, Accuracy comparator, Accuracy kind, Accuracy scope,
      Mean indicatorOverlap, Diff diff) {}

  static Result score(List<JsonNode> gold, List<JsonNode> predicted) {
    Matching.Result m = Matching.match(
        gold, Nodes::optional, predicted, TargetScorer::matches,
        (g, p) -> Matching.charOverlap(Nodes.key(g.get("indicator")), Nodes.key(p.get("indicator"))));
    Accuracy comparator = Accuracy.NONE;
    Accuracy kind = Accuracy.NONE;
    Accuracy scope = Accuracy.NONE;
    Mean overlap = Mean.NONE;
    int strictPairs = 0;
    List<String> mismatched = new ArrayList<>();
    for (Matching.Pair pair : m.pairs()) {
      JsonNode g = gold.get(pair.gold());
      JsonNode p = predicted.get(pair.pred());
      boolean allAgree = true;
      for (String field : List.of("comparator", "kind", "scope")) {
        if (!g.has(field)) {
          continue;
        }
        boolean agree = Objects.equals(Nodes.key(g.get(field)), Nodes.key(p.get(field)));
        allAgree &= agree;
        switch (field) {
          case "comparator" -> comparator = comparator.plus(Accuracy.of(agree));
          case "kind" -> kind = kind.plus(Accuracy.of(agree));
          default -> scope = scope.plus(Accuracy.of(agree));
        }
        if (!agree) {
          mismatched.add(show(g) + " | " + field + " gold " + Nodes.show(g.get(field)) + ", predicted "
              + Nodes.show(p.get(field)));
        }
      }
      if (g.has("indicator")) {
        double o = indicatorOverlap(Nodes.key(g.get("indicator")), Nodes.key(p.get("indicator")));
        overlap = overlap.plus(Mean.of(o));
        if (o < STRICT_OVERLAP) {
          allAgree = false;
          mismatched.add(show(g) + String.format(Locale.ROOT, " | indicator overlap %.2f, predicted ", o)
              + Nodes.show(p.get("indicator")));
        }
      }
      if (allAgree) {
        strictPairs++;
      }
    }
    Counts counts = m.counts();
    int loose = counts.tp() - strictPairs;
    Counts strict = new Counts(strictPairs, counts.fp() + loose, counts.fn() + loose);
    Diff diff = new Diff(
        m.missed().stream().map(i -> show(gold.get(i))).toList(),
        m.extra().stream().map(i -> show(predicted.get(i))).toList(),
        mismatched);
    return new Result(counts, strict, comparator, kind, scope, overlap, diff);
  }

  /**
   * Jaccard overlap of the sets of character bigrams of two indicator keys (a one-character key is its own
   * bigram); 1 when both are empty or absent, 0 when only one is.
   */
  static double indicatorOverlap(String gold, String predicted) {
    Set<String> a = bigrams(gold);
    Set<String> b = bigrams(predicted);
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) common.size() / union.size();
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    if (s == null || s.isEmpty()) {
      return out;
    }
    int[] cps = s.codePoints().toArray();
    if (cps.length == 1) {
      out.add(new String(cps, 0, 1));
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
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
