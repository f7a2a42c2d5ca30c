package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scores the pipeline on the shared sets beside the checkout ({@code ../shared}: the seeds with their gold,
 * the dev set of real notices with independent gold, and the real published files that have gold) and holds
 * each set's totals to the floors in {@code shared-set-floors.tsv}. Prints each set's report (per document
 * and total, every part of spec §8). Skips a set whose folder is absent.
 */
class SharedSetsScoreTest {

  private static final Path SHARED = Path.of("../../shared");
  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final Evaluator EVALUATOR = new Evaluator();
  private static final PolicyJson JSON = new PolicyJson();

  private record SharedSet(String name, Path inputs, Path gold) {}

  private static final List<SharedSet> SETS = List.of(
      new SharedSet("seeds", SHARED.resolve("seeds"), SHARED.resolve("gold")),
      new SharedSet("dev", SHARED.resolve("dev/docs"), SHARED.resolve("dev/gold")),
      new SharedSet("real", SHARED.resolve("dev/real"), SHARED.resolve("dev/real/gold")));

  private static final Map<String, Function<Scores, Double>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("metadata", s -> accuracy(s.metadata()));
    PARTS.put("headings", s -> f1(s.headings()));
    PARTS.put("tasks", s -> f1(s.tasks()));
    PARTS.put("units", s -> f1(s.units()));
    PARTS.put("unitsWithLead", s -> f1(s.unitsWithLead()));
    PARTS.put("targets", s -> f1(s.targets()));
    PARTS.put("targetsStrict", s -> f1(s.targetsStrict()));
  }

  @TestFactory
  Stream<DynamicTest> everySetHoldsItsFloors() throws IOException {
    Map<String, Map<String, Double>> floors = floors();
    return SETS.stream().map(set -> DynamicTest.dynamicTest(set.name(), () -> {
      assumeTrue(Files.isDirectory(set.gold()), "no " + set.gold() + " beside the checkout");
      Evaluation evaluation = evaluate(set);
      String report = EvaluationReport.text(evaluation, false);
      System.out.println("== " + set.name() + "\n" + report);
      List<String> below = new ArrayList<>();
      for (Map.Entry<String, Double> floor : floors.getOrDefault(set.name(), Map.of()).entrySet()) {
        Double value = PARTS.get(floor.getKey()).apply(evaluation.total());
        if (value == null || value < floor.getValue()) {
          below.add(floor.getKey() + " " + value + " < floor " + floor.getValue());
        }
      }
      assertTrue(below.isEmpty(), set.name() + ": " + below + "\n" + EvaluationReport.text(evaluation, true));
    }));
  }

  private static Evaluation evaluate(SharedSet set) throws Exception {
    List<DocumentScore> scores = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> files = Files.list(set.gold())) {
      golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path gold : golds) {
      String stem = gold.getFileName().toString().replace(".gold.json", "");
      Path input = input(set.inputs(), stem)
          .orElseThrow(() -> new AssertionError("no input for " + gold + " in " + set.inputs()));
      PolicyDocument doc = PIPELINE.process(input, false);
      scores.add(EVALUATOR.score(stem, EVALUATOR.read(gold), JSON.mapper().readTree(JSON.toLine(doc))));
    }
    return Evaluation.of(scores, 0);
  }

  private static Optional<Path> input(Path dir, String stem) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().startsWith(stem + "."))
          .sorted()
          .findFirst();
    }
  }

  private static Map<String, Map<String, Double>> floors() throws IOException {
    Map<String, Map<String, Double>> floors = new LinkedHashMap<>();
    try (InputStream in = SharedSetsScoreTest.class.getResourceAsStream("shared-set-floors.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\t");
        if (!PARTS.containsKey(f[1])) {
          throw new IllegalStateException("unknown part in floors: " + line);
        }
        floors.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.valueOf(f[2]));
      }
    }
    return floors;
  }

  private static Double f1(Counts c) {
    return c == null ? null : c.f1();
  }

  private static Double accuracy(Accuracy a) {
    return a == null ? null : a.value();
  }
}
