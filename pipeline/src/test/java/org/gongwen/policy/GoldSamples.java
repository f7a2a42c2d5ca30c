package org.gongwen.policy;

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

/**
 * A folder of sample documents with hand-made gold ({@code <name>.txt} + {@code <name>.gold.json}),
 * scored by the project's {@link Evaluator}: shared by the golden tests of {@code samples/mini} and
 * {@code samples/heldout}.
 */
final class GoldSamples {

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final Evaluator EVALUATOR = new Evaluator();
  private static final PolicyJson JSON = new PolicyJson();

  private final Path dir;

  /** @param dir the folder, relative to the test working directory {@code pipeline/} */
  GoldSamples(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** The sample names (file stems of the {@code .txt} files), sorted. */
  Stream<String> stems() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  JsonNode gold(String stem) throws Exception {
    return EVALUATOR.read(dir.resolve(stem + ".gold.json"));
  }

  /** The pipeline's output for the sample, scored against its gold. */
  DocumentScore score(String stem) throws Exception {
    PolicyDocument doc = PIPELINE.process(dir.resolve(stem + ".txt"), false);
    return score(stem, JSON.mapper().readTree(JSON.toLine(doc)));
  }

  DocumentScore score(String stem, JsonNode output) throws Exception {
    return EVALUATOR.score(stem, gold(stem), output);
  }

  static JsonNode json(String text) throws IOException {
    return JSON.mapper().readTree(text);
  }

  /** The evaluator's detailed report of one score: missed, extra and mismatched items. */
  static String report(DocumentScore score) {
    return EvaluationReport.text(Evaluation.of(List.of(score), 0), true);
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
}
