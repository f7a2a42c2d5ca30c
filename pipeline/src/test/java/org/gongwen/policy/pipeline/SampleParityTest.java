package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongwen.policy.eval.TextKey;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.model.UnitRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue "walking skeleton": a seed's PDF, DOCX, DOC and HTML renderings give the same tasks and units as
 * its TXT (at least 95% of them) and the same targets (at least 90%, on value, unit and year).
 */
class SampleParityTest {

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();

  static Stream<Path> renderings() {
    return RepoFiles.inputs().stream().filter(p -> p.getParent().endsWith("samples"))
        .filter(p -> !p.getFileName().toString().endsWith(".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void renderingMatchesItsSeed(Path rendering) throws Exception {
    Path seed = RepoFiles.ROOT.resolve("seeds").resolve(RepoFiles.stem(rendering) + ".txt");
    PolicyDocument txt = PIPELINE.process(seed, false);
    PolicyDocument other = PIPELINE.process(rendering, false);
    assertShare(rendering, "tasks", taskKeys(txt.tasks()), taskKeys(other.tasks()), 0.95);
    assertShare(rendering, "units", unitKeys(txt.tasks()), unitKeys(other.tasks()), 0.95);
    assertShare(rendering, "targets", targetKeys(txt.targets()), targetKeys(other.targets()), 0.90);
  }

  private static void assertShare(Path file, String part, List<String> want, List<String> got, double min) {
    Map<String, Integer> pool = new HashMap<>();
    got.forEach(k -> pool.merge(k, 1, Integer::sum));
    int found = 0;
    List<String> missing = new ArrayList<>();
    for (String k : want) {
      if (pool.getOrDefault(k, 0) > 0) {
        pool.merge(k, -1, Integer::sum);
        found++;
      } else {
        missing.add(k);
      }
    }
    double share = want.isEmpty() ? 1.0 : (double) found / want.size();
    assertTrue(share >= min, String.format("[%s] %s: %d of %d of the TXT's (%.3f < %.2f); missing: %s",
        file.getFileName(), part, found, want.size(), share, min, missing));
  }

  private static List<String> taskKeys(List<Task> tasks) {
    return tasks.stream().map(t -> TextKey.of(t.number()) + "|" + TextKey.of(t.title())).toList();
  }

  private static List<String> unitKeys(List<Task> tasks) {
    List<String> out = new ArrayList<>();
    for (Task t : tasks) {
      for (UnitRef u : t.units()) {
        out.add(TextKey.of(t.number()) + "|" + TextKey.of(t.title()) + "|" + TextKey.of(u.name()) + "|" + u.lead());
      }
    }
    return out;
  }

  private static List<String> targetKeys(List<Target> targets) {
    return targets.stream().map(t -> t.value() + "|" + t.unit() + "|" + t.year()).toList();
  }
}
