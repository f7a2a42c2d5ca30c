package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load benchmark's stage indexes: built with memoized analysis they answer like indexes written by
 * {@link PolicyIndexer}; each stage is a snapshot of its own size; a kept root is reused. No timing.
 */
class LoadBenchTest {

  private static final List<String> QUERIES = List.of("科技 创新", "高新技术企业 type:target", "type:task lead:区科技局",
      "\"研发投入\"", "R&D type:target measure:% value:>1", "type:document issuer:某市鹿城区人民政府", "企业 发展 -人才");

  @Test
  void stagesAnswerLikeAnIndexWrittenByThePolicyIndexer(@TempDir Path tmp) throws IOException {
    List<PolicyDocument> bases = SeedIndex.seeds();
    SyntheticCorpus corpus = new SyntheticCorpus(bases, 7);
    LoadBench bench = new LoadBench(1, 0);
    List<LoadBench.Stage> stages = bench.prepare(tmp.resolve("bench"), Analyzers.NAME, false, corpus, List.of(450, 150));

    assertEquals(List.of(150, 450), stages.stream().map(LoadBench.Stage::minTargets).toList(), "smallest first");
    LoadBench.Stage small = stages.get(0);
    LoadBench.Stage large = stages.get(1);
    assertTrue(small.targets() >= 150 && large.targets() >= 450);
    assertTrue(small.documents() < large.documents());
    assertFalse(Files.exists(tmp.resolve("bench").resolve("building")), "the working index is removed");

    // the same variants through the real indexer
    Path reference = tmp.resolve("reference");
    try (PolicyIndexer indexer = PolicyIndexer.open(reference, Analyzers.NAME, false)) {
      for (int i = 0; i < large.documents(); i++) {
        indexer.add(corpus.variant(i));
      }
    }
    try (PolicySearcher benchLarge = PolicySearcher.open(large.dir()); PolicySearcher real = PolicySearcher.open(reference);
        PolicySearcher benchSmall = PolicySearcher.open(small.dir())) {
      assertEquals(real.stats(), benchLarge.stats());
      assertEquals(new IndexStats(small.documents(), small.tasks(), small.targets()), benchSmall.stats());
      for (String q : QUERIES) {
        SearchRequest r = SearchRequest.parse(q).withLimit(50).withFacets(true);
        SearchResult expected = real.query(r);
        assertTrue(expected.total() > 0, q);
        assertEquals(expected, benchLarge.query(r), q);
      }
    }

    List<LoadBench.Stage> again = bench.prepare(tmp.resolve("bench"), Analyzers.NAME, false, corpus, List.of(150, 450));
    assertTrue(again.stream().allMatch(LoadBench.Stage::reused));
    assertEquals(stages.stream().map(LoadBench.Stage::targets).toList(), again.stream().map(LoadBench.Stage::targets).toList());
    LoadBench.Result result = bench.run(again, LoadBench.researcherKinds());
    assertEquals(LoadBench.researcherKinds().size(), result.latencies().size());
    result.latencies().values().forEach(ls -> assertEquals(2, ls.size()));
    assertTrue(LoadBench.describe(result).get(2).startsWith("query kind"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> bench.prepare(tmp.resolve("bench"), Analyzers.NAME, false, corpus, List.of(150, 3000)));
    assertTrue(e.getMessage().contains("holds something else"), e.getMessage());
  }
}
