package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance set over the seeds with each analyzer; writes {@code target/relevance-report.txt}. The
 * default analyzer must score best (recall@10, then MRR): that is why it is the default.
 */
class RelevanceSetTest {

  static final Path QUERIES = Path.of("..", "bench", "relevance", "queries.tsv");

  @TempDir
  static Path tmp;

  private static RelevanceSet set;
  private static final Map<String, RelevanceRun.Report> REPORTS = new LinkedHashMap<>();

  @BeforeAll
  static void runAll() throws IOException {
    set = RelevanceSet.load(QUERIES);
    List<PolicyDocument> seeds = SeedIndex.seeds();
    for (String analyzer : Analyzers.NAMES) {
      Path dir = tmp.resolve(analyzer);
      SeedIndex.write(dir, analyzer, seeds);
      try (PolicySearcher searcher = PolicySearcher.open(dir)) {
        REPORTS.put(analyzer, new RelevanceRun(10).run(searcher, set));
      }
    }
    List<String> lines = new ArrayList<>();
    REPORTS.values().forEach(r -> lines.add(String.format(Locale.ROOT, "%-8s recall@10 %.3f  MRR %.3f", r.analyzer(), r.recall(), r.mrr())));
    for (RelevanceRun.Report r : REPORTS.values()) {
      for (RelevanceRun.QueryScore s : r.scores()) {
        if (s.recall() < 1) {
          lines.add(String.format(Locale.ROOT, "%-8s line %d %s: recall %.2f rr %.2f missed %s", r.analyzer(),
              s.query().line(), s.query().query(), s.recall(), s.reciprocalRank(), s.missed()));
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "relevance-report.txt"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void setHasAtLeastFortyQueries() {
    assertTrue(set.queries().size() >= 40, "queries: " + set.queries().size());
  }

  @Test
  void everyExpectedKeyExistsInTheSeedIndex() throws IOException {
    // a key no query can find means the set or the extraction drifted: fix one of them
    try (PolicySearcher searcher = PolicySearcher.open(tmp.resolve(Analyzers.NAME))) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (SearchHit h : searcher.search(SearchRequest.of("").withLimit(SearchRequest.MAX_LIMIT))) {
        keys.add(HitKey.of(h));
      }
      List<String> unknown = new ArrayList<>();
      set.queries().forEach(q -> q.expected().stream().filter(k -> !keys.contains(k))
          .forEach(k -> unknown.add("line " + q.line() + ": " + k)));
      assertEquals(List.of(), unknown);
    }
  }

  @Test
  void defaultAnalyzerScoresBest() {
    RelevanceRun.Report best = REPORTS.get(Analyzers.NAME);
    for (RelevanceRun.Report r : REPORTS.values()) {
      assertTrue(best.recall() > r.recall() || best.recall() == r.recall() && best.mrr() >= r.mrr(),
          Analyzers.NAME + " " + best.recall() + "/" + best.mrr() + " vs " + r.analyzer() + " " + r.recall() + "/" + r.mrr());
    }
  }
}
