package org.gongwen.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.eval.Accuracy;
import org.gongwen.policy.eval.Counts;
import org.gongwen.policy.eval.DocumentScore;
import org.gongwen.policy.eval.Evaluation;
import org.gongwen.policy.eval.EvaluationReport;
import org.gongwen.policy.eval.Evaluator;
import org.gongwen.policy.eval.Scores;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mini samples ({@code samples/mini/<feature>.txt}, each one pattern of 公文 in a style the seeds do
 * not have) run through the whole pipeline and score perfectly against their {@code <feature>.gold.json}
 * with the project's {@link Evaluator}: metadata accuracy, lead, comparator and kind accuracy 1.0, and
 * F1 1.0 on every scored part. A failure prints the evaluator's detail (missed, extra, mismatched items).
 */
class MiniSamplesTest {

  /** Tests run in {@code pipeline/}. */
  private static final Path MINI = Path.of("../samples/mini");
  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final Evaluator EVALUATOR = new Evaluator();
  private static final PolicyJson JSON = new PolicyJson();

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(MINI)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void thereAreEnoughSamplesEachWithGold() throws IOException {
    List<String> stems = samples().toList();
    assertTrue(stems.size() >= 25, "only " + stems.size() + " samples in " + MINI.toAbsolutePath());
    for (String stem : stems) {
      assertTrue(Files.isRegularFile(MINI.resolve(stem + ".gold.json")), "no gold for " + stem);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void scoresPerfectly(String stem) throws Exception {
    JsonNode gold = EVALUATOR.read(MINI.resolve(stem + ".gold.json"));
    PolicyDocument doc = PIPELINE.process(MINI.resolve(stem + ".txt"), false);
    JsonNode output = JSON.mapper().readTree(JSON.toLine(doc));
    DocumentScore score = EVALUATOR.score(stem, gold, output);
    Scores s = score.scores();
    List<String> problems = problems(s);
    boolean scoredSomething = s.metadata() != null || s.headings() != null || s.tasks() != null
        || s.targets() != null;
    assertTrue(scoredSomething, stem + ": the gold scores no part");
    if (!problems.isEmpty()) {
      fail(stem + ": " + String.join("; ", problems) + "\n"
          + EvaluationReport.text(Evaluation.of(List.of(score), 0), true));
    }
  }

  /** Every scored part that is not perfect, e.g. {@code targets fp=1 fn=0}; empty when the score is perfect. */
  static List<String> problems(Scores s) {
    List<String> problems = new ArrayList<>();
    accuracy("metadata", s.metadata(), problems);
    counts("headings", s.headings(), problems);
    counts("tasks", s.tasks(), problems);
    counts("units", s.units(), problems);
    counts("units+lead", s.unitsWithLead(), problems);
    accuracy("lead", s.lead(), problems);
    counts("targets", s.targets(), problems);
    accuracy("comparator", s.comparator(), problems);
    accuracy("kind", s.kind(), problems);
    return problems;
  }

  private static void counts(String part, Counts c, List<String> problems) {
    if (c != null && !c.isEmpty() && (c.fp() > 0 || c.fn() > 0)) {
      problems.add(part + " " + c);
    }
  }

  private static void accuracy(String part, Accuracy a, List<String> problems) {
    if (a != null && a.total() > 0 && a.correct() < a.total()) {
      problems.add(part + " " + a.correct() + "/" + a.total());
    }
  }

  /** The harness itself: a wrong gold must fail, so the golden test cannot pass vacuously. */
  @Test
  void aWrongGoldFails() throws Exception {
    String stem = samples().findFirst().orElseThrow();
    JsonNode gold = EVALUATOR.read(MINI.resolve(stem + ".gold.json"));
    JsonNode empty = JSON.mapper().readTree("{\"metadata\":{},\"headings\":[],\"tasks\":[],\"targets\":[]}");
    DocumentScore score = EVALUATOR.score(stem, gold, empty);
    assertNotNull(score.scores());
    Scores s = score.scores();
    List<String> problems = new ArrayList<>();
    accuracy("metadata", s.metadata(), problems);
    counts("headings", s.headings(), problems);
    counts("tasks", s.tasks(), problems);
    counts("targets", s.targets(), problems);
    assertFalse(problems.isEmpty(), "an empty output scored perfectly against " + stem);
  }
}
