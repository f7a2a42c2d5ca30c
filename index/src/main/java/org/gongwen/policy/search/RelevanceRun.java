package org.gongwen.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a searcher against a {@link RelevanceSet}: per query recall@k (found relevant keys among the
 * top k, over {@code min(k, |relevant|)}) and reciprocal rank (1 / rank of the first relevant hit in the
 * top k, else 0); their means over the set. Hits with the same key count once.
 */
public final class RelevanceRun {

  /** One query's outcome. */
  public record QueryScore(RelevanceSet.Query query, double recall, double reciprocalRank, List<String> missed) {
    public QueryScore {
      missed = List.copyOf(missed);
    }
  }

  /**
   * A whole run.
   *
   * @param analyzer the analyzer of the index searched
   * @param k the cut-off
   * @param recall mean recall@k
   * @param mrr mean reciprocal rank @k
   * @param scores per query, in set order
   */
  public record Report(String analyzer, int k, double recall, double mrr, List<QueryScore> scores) {
    public Report {
      scores = List.copyOf(scores);
    }
  }

  private final int k;

  public RelevanceRun(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("cut-off must be at least 1, got [" + k + "]");
    }
    this.k = k;
  }

  public Report run(PolicySearcher searcher, RelevanceSet set) throws IOException {
    List<QueryScore> scores = new ArrayList<>();
    double recall = 0;
    double rr = 0;
    for (RelevanceSet.Query q : set.queries()) {
      SearchRequest request = SearchRequest.parse(q.query()).withLimit(k);
      if (q.type() != null) {
        request = request.withFilters(request.filters().and(Filters.NONE.withType(q.type())));
      }
      Set<String> ranked = new LinkedHashSet<>();
      for (SearchHit h : searcher.search(request)) {
        ranked.add(HitKey.of(h));
      }
      Set<String> relevant = new LinkedHashSet<>(q.expected());
      int found = 0;
      int rank = 0;
      int firstRelevant = 0;
      for (String key : ranked) {
        rank++;
        if (relevant.contains(key)) {
          found++;
          if (firstRelevant == 0) {
            firstRelevant = rank;
          }
        }
      }
      List<String> missed = relevant.stream().filter(key -> !ranked.contains(key)).toList();
      double r = (double) found / Math.min(k, relevant.size());
      double reciprocal = firstRelevant == 0 ? 0 : 1.0 / firstRelevant;
      recall += r;
      rr += reciprocal;
      scores.add(new QueryScore(q, r, reciprocal, missed));
    }
    int n = set.queries().size();
    return new Report(searcher.analyzerName(), k, recall / n, rr / n, scores);
  }
}
