package org.gongwen.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every shared gold file scored against itself gets 1.0 in every figure. */
class GoldSelfScoreTest {

  /** Tests run in {@code pipeline/}; the worktree sits next to {@code shared/}. */
  private static final Path GOLD_DIR = Path.of("../../shared/gold");

  private static List<Path> goldFiles() throws IOException {
    assumeTrue(Files.isDirectory(GOLD_DIR), "no shared gold at " + GOLD_DIR.toAbsolutePath());
    try (Stream<Path> files = Files.list(GOLD_DIR)) {
      List<Path> gold = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
      assumeTrue(!gold.isEmpty(), "no gold files in " + GOLD_DIR.toAbsolutePath());
      return gold;
    }
  }

  @TestFactory
  Stream<DynamicTest> eachGoldFileScoresPerfectlyAgainstItself() throws IOException {
    Evaluator evaluator = new Evaluator();
    return goldFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      JsonNode gold = evaluator.read(file);
      DocumentScore d = evaluator.score("self", gold, gold);
      assertPerfect(d.scores());
      Details details = d.details();
      assertTrue(details.metadata().isEmpty(), details.metadata().toString());
      for (Diff diff : List.of(details.headings(), details.tasks(), details.units(), details.targets())) {
        assertTrue(diff.isEmpty(), diff.toString());
      }
    }));
  }

  @Test
  void goldDirectoryAgainstCopiesOfItself(@TempDir Path out) throws Exception {
    for (Path file : goldFiles()) {
      String name = file.getFileName().toString();
      Files.copy(file, out.resolve(name.replace(".gold.json", ".json")));
    }
    Evaluation e = new Evaluator().evaluate(GOLD_DIR, out);
    assertEquals(0, e.ignoredOutputs());
    assertTrue(e.missingOutputs().isEmpty());
    assertPerfect(e.total());
    assertFalse(EvaluationReport.text(e, true).contains("missed"));
  }

  private static void assertPerfect(Scores s) {
    for (Counts c : List.of(s.headings(), s.tasks(), s.units(), s.unitsWithLead(), s.targets())) {
      assertNotNull(c);
      assertEquals(0, c.fp(), c.toString());
      assertEquals(0, c.fn(), c.toString());
      assertEquals(1.0, c.f1(), c.toString());
      assertTrue(c.tp() > 0, c.toString());
    }
    for (Accuracy a : List.of(s.metadata(), s.lead(), s.comparator(), s.kind())) {
      assertNotNull(a);
      assertTrue(a.total() > 0, a.toString());
      assertEquals(1.0, a.value(), a.toString());
    }
  }
}
