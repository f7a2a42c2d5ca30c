package org.gongwen.policy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shape and sanity of the index-cost benchmark; speed itself is measured by the command, never asserted here. */
class IndexCostBenchTest {

  @TempDir
  Path scratch;

  @Test
  void measuresExtractionAloneAndWithIndexingOnTheSameFiles() throws Exception {
    IndexCostBench.Result r = new IndexCostBench(PolicyPipeline.standard(), 1, 0, false)
        .run(List.of(Path.of("../seeds/004_755fdc7e0c8d5ef0.txt")), scratch);
    assertEquals(1, r.files());
    assertTrue(r.entries() > 1, "a document entry plus its tasks and targets: " + r.entries());
    assertTrue(r.extractCpuMs() > 0 && r.indexCpuMs() > 0 && r.addCpuMs() > 0, r.toString());
    assertEquals(r.indexCpuMs() / r.extractCpuMs(), r.cpuRatio(), 1e-9, "one round: the ratio is of that round");
    try (Stream<Path> left = Files.list(scratch)) {
      assertEquals(0, left.count(), "each round's index is deleted");
    }
  }

  @Test
  void indexesWithTheAnalyzerAskedFor() throws Exception {
    Path seed = Path.of("../seeds/004_755fdc7e0c8d5ef0.txt");
    IndexCostBench.Result smartcn = new IndexCostBench(PolicyPipeline.standard(), 1, 0, false).run(List.of(seed), scratch);
    IndexCostBench.Result cjk = new IndexCostBench(PolicyPipeline.standard(), 1, 0, false, "CJK").run(List.of(seed), scratch);
    assertEquals(smartcn.entries(), cjk.entries(), "the analyzer changes tokens, not entries");
    assertTrue(cjk.addCpuMs() > 0, cjk.toString());
  }

  @Test
  void refusesAnUnknownAnalyzer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IndexCostBench(PolicyPipeline.standard(), 1, 0, false, "jieba"));
    assertTrue(e.getMessage().contains("jieba"), e.getMessage());
  }

  @Test
  void refusesNoRoundsAndNoFiles() {
    assertThrows(IllegalArgumentException.class, () -> new IndexCostBench(PolicyPipeline.standard(), 0, 0, false));
    assertThrows(IllegalArgumentException.class,
        () -> new IndexCostBench(PolicyPipeline.standard(), 1, 0, false).run(List.of(), scratch));
  }
}
