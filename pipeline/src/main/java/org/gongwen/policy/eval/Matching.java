package org.gongwen.policy.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matching of gold items to predicted items, shared by every part.
 *
 * <p>Every compatible (gold, prediction) pair is a candidate. Candidates are taken greedily in this
 * order: pairs with a required gold item before pairs with an optional one; then higher {@code rank}
 * first (the tie-breaker: indicator character overlap for targets, unit overlap for tasks, agreeing
 * lead for units); then gold order; then prediction order. A candidate is taken when both its items are
 * still free. Pairs with an optional gold item are dropped from both sides; optional gold items left
 * unmatched are not missed.
 *
 * <p>When compatibility is an equivalence (equal keys: headings, tasks, units) the greedy result has
 * the largest possible number of required matches. For targets a {@code null} gold unit matches any unit,
 * so compatibility is not transitive and the greedy choice can, in contrived cases, match one pair fewer
 * than a maximum matching; that is the documented price of "ties are broken by overlap".
 */
final class Matching {

  private Matching() {}

  /** A matched pair: indices into the gold and the predicted list. */
  record Pair(int gold, int pred) {}

  /**
   * @param pairs matched pairs with a required gold item, in gold order
   * @param missed indices of required gold items left unmatched
   * @param extra indices of predictions left unmatched
   */
  record Result(List<Pair> pairs, List<Integer> missed, List<Integer> extra) {
    Counts counts() {
      return new Counts(pairs.size(), extra.size(), missed.size());
    }
  }

  private record Candidate(int gold, int pred, boolean optional, double rank) {}

  private static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::optional)
          .thenComparing(Comparator.comparingDouble(Candidate::rank).reversed())
          .thenComparingInt(Candidate::gold)
          .thenComparingInt(Candidate::pred);

  static <G, P> Result match(
      List<G> gold,
      Predicate<G> optional,
      List<P> pred,
      BiPredicate<G, P> compatible,
      ToDoubleBiFunction<G, P> rank) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      boolean opt = optional.test(gold.get(g));
      for (int p = 0; p < pred.size(); p++) {
        if (compatible.test(gold.get(g), pred.get(p))) {
          candidates.add(new Candidate(g, p, opt, rank.applyAsDouble(gold.get(g), pred.get(p))));
        }
      }
    }
    candidates.sort(ORDER);
    int[] goldTo = filled(gold.size());
    int[] predTo = filled(pred.size());
    for (Candidate c : candidates) {
      if (goldTo[c.gold()] < 0 && predTo[c.pred()] < 0) {
        goldTo[c.gold()] = c.pred();
        predTo[c.pred()] = c.gold();
      }
    }
    List<Pair> pairs = new ArrayList<>();
    List<Integer> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      boolean opt = optional.test(gold.get(g));
      if (goldTo[g] >= 0 && !opt) {
        pairs.add(new Pair(g, goldTo[g]));
      } else if (goldTo[g] < 0 && !opt) {
        missed.add(g);
      }
    }
    List<Integer> extra = new ArrayList<>();
    for (int p = 0; p < pred.size(); p++) {
      if (predTo[p] < 0) {
        extra.add(p);
      }
    }
    return new Result(List.copyOf(pairs), List.copyOf(missed), List.copyOf(extra));
  }

  /** Indicator character overlap: {@link #dice} of the two texts' code points. */
  static double charOverlap(String a, String b) {
    return dice(codePoints(a), codePoints(b));
  }

  /** Dice coefficient of two multisets: 2·|common| / (|a| + |b|); 0 when both are empty. */
  static <T> double dice(List<T> a, List<T> b) {
    int total = a.size() + b.size();
    if (total == 0) {
      return 0.0;
    }
    Map<T, Integer> counts = new HashMap<>();
    a.forEach(x -> counts.merge(x, 1, Integer::sum));
    int common = 0;
    for (T y : b) {
      Integer n = counts.get(y);
      if (n != null && n > 0) {
        counts.put(y, n - 1);
        common++;
      }
    }
    return 2.0 * common / total;
  }

  private static List<Integer> codePoints(String s) {
    return s == null ? List.of() : s.codePoints().boxed().toList();
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }
}
