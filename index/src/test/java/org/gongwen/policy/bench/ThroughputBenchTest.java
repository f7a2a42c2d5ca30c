package org.gongwen.policy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.Test;

/** Shape and sanity of the benchmark's result; speed itself is measured by the command, never asserted here. */
class ThroughputBenchTest {

  @Test
  void measuresEachFormatGroupAgainstItsBaseline() throws Exception {
    ThroughputBench.Result r = new ThroughputBench(PolicyPipeline.standard(), 1, 0)
        .run(List.of(Path.of("../seeds/004_755fdc7e0c8d5ef0.txt"), Path.of("../samples/004_755fdc7e0c8d5ef0.pdf")));
    assertEquals(List.of("text", "pdf"), r.groups().stream().map(ThroughputBench.Group::name).toList());
    for (ThroughputBench.Group g : r.groups()) {
      assertEquals(1, g.files());
      assertTrue(g.pipelineMs() > 0 && g.baselineMs() > 0 && g.pipelineCpuMs() > 0, g.toString());
      assertTrue(Double.isFinite(g.ratio()) && g.ratio() > 0, g.toString());
      assertEquals(g.pipelineMs() / g.baselineMs(), g.ratio(), 1e-9, "one round: the ratio is of that round");
    }
    assertTrue(r.peakHeapMb() > 0);
  }

  @Test
  void refusesNoRounds() {
    assertThrows(IllegalArgumentException.class, () -> new ThroughputBench(PolicyPipeline.standard(), 0, 0));
  }
}
