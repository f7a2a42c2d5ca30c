package org.gongwen.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.eval.DocumentScore;
import org.gongwen.policy.eval.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mini samples ({@code samples/mini/<feature>.txt}, each one pattern of 公文 in a style the seeds do
 * not have) run through the whole pipeline and score perfectly against their {@code <feature>.gold.json}
 * with the project's {@link org.gongwen.policy.eval.Evaluator}: metadata accuracy, lead, comparator and
 * kind accuracy 1.0, and F1 1.0 on every scored part. A failure prints the evaluator's detail (missed,
 * extra, mismatched items).
 */
class MiniSamplesTest {

  private static final GoldSamples MINI = new GoldSamples(Path.of("../samples/mini"));

  static Stream<String> samples() throws IOException {
    return MINI.stems();
  }

  @Test
  void thereAreEnoughSamplesEachWithGold() throws IOException {
    List<String> stems = samples().toList();
    assertTrue(stems.size() >= 25, "only " + stems.size() + " samples in " + MINI.dir().toAbsolutePath());
    for (String stem : stems) {
      assertTrue(Files.isRegularFile(MINI.dir().resolve(stem + ".gold.json")), "no gold for " + stem);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void scoresPerfectly(String stem) throws Exception {
    DocumentScore score = MINI.score(stem);
    Scores s = score.scores();
    List<String> problems = GoldSamples.problems(s);
    boolean scoredSomething = s.metadata() != null || s.headings() != null || s.tasks() != null
        || s.targets() != null;
    assertTrue(scoredSomething, stem + ": the gold scores no part");
    if (!problems.isEmpty()) {
      fail(stem + ": " + String.join("; ", problems) + "\n" + GoldSamples.report(score));
    }
  }

  /** The harness itself: a wrong gold must fail, so the golden test cannot pass vacuously. */
  @Test
  void aWrongGoldFails() throws Exception {
    String stem = samples().findFirst().orElseThrow();
    DocumentScore score = MINI.score(stem,
        GoldSamples.json("{\"metadata\":{},\"headings\":[],\"tasks\":[],\"targets\":[]}"));
    assertNotNull(score.scores());
    assertFalse(GoldSamples.problems(score.scores()).isEmpty(), "an empty output scored perfectly against " + stem);
  }
}
