package org.gongwen.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.json.PolicyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing of gold files with outputs on disk, errors, and the two report forms. */
class EvaluatorFilesTest {

  @TempDir Path dir;

  private Path write(String relative, String json) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json.replace('\'', '"'));
    return file;
  }

  private static final String GOLD =
      "{'metadata':{'title':'甲'},'headings':[{'level':1,'number':'一','title':'指导思想'}],"
          + "'tasks':null,'targets':[]}";

  @Test
  void pairsByStemReportsMissingOutputsAndCountsUnpairedOnes() throws Exception {
    write("gold/a.gold.json", GOLD);
    write("gold/b.gold.json", GOLD);
    write("gold/a.notes.md", "not json");
    write("out/a.json", "{'metadata':{'title':'甲'},'headings':[{'level':1,'number':'一','title':'指导思想。'}]}");
    write("out/zzz.json", "{}");
    Evaluation e = new Evaluator().evaluate(dir.resolve("gold"), dir.resolve("out"));
    assertEquals(List.of("a", "b"), e.documents().stream().map(DocumentScore::stem).toList());
    assertEquals(List.of("b"), e.missingOutputs());
    assertEquals(1, e.ignoredOutputs());
    assertEquals(new Counts(1, 0, 1), e.total().headings());
    assertEquals(new Accuracy(1, 2), e.total().metadata());

    String text = EvaluationReport.text(e, true);
    assertTrue(text.contains("TOTAL"), text);
    assertTrue(text.contains("headings P/R/F1        1.000 1.000 1.000  0.000 0.000 0.000  1.000 0.500 0.667"),
        text);
    assertTrue(text.contains("b (no output)"), text);
    assertTrue(text.contains("missed  L1 一 指导思想"), text);
    assertTrue(text.contains("metadata title: gold 甲 vs predicted (no output)"), text);
    assertTrue(text.contains("1 output(s) without gold ignored"), text);
  }

  @Test
  void jsonFormCarriesTheRatios() throws Exception {
    write("gold/a.gold.json", GOLD);
    write("out/a.json", "{'headings':[]}");
    Evaluation e = new Evaluator().evaluate(dir.resolve("gold"), dir.resolve("out"));
    PolicyJson json = new PolicyJson();
    JsonNode tree = json.mapper().readTree(json.toPrettyJson(e.withoutDetails()));
    JsonNode headings = tree.path("total").path("headings");
    assertEquals(0, headings.path("tp").asInt());
    assertEquals(1, headings.path("fn").asInt());
    assertEquals(0.0, headings.path("recall").asDouble(-1));
    assertTrue(tree.path("total").path("targets").path("f1").isNull(), "empty vs empty: n/a");
    assertTrue(tree.path("total").path("tasks").isNull(), "tasks: null in gold is not scored");
    assertTrue(tree.path("documents").get(0).path("details").isNull());
  }

  @Test
  void unreadableGoldIsAnErrorNamingTheFile() throws Exception {
    Path bad = write("gold/a.gold.json", "{'metadata': ");
    Files.createDirectories(dir.resolve("out"));
    EvaluationException e = assertThrows(EvaluationException.class,
        () -> new Evaluator().evaluate(dir.resolve("gold"), dir.resolve("out")));
    assertTrue(e.getMessage().startsWith("[" + bad + "] not valid JSON"), e.getMessage());
    assertEquals(bad, e.file());
  }

  @Test
  void unreadableOutputIsAnErrorNamingTheFile() throws Exception {
    write("gold/a.gold.json", GOLD);
    Path bad = write("out/a.json", "[1, 2]");
    EvaluationException e = assertThrows(EvaluationException.class,
        () -> new Evaluator().evaluate(dir.resolve("gold"), dir.resolve("out")));
    assertEquals("[" + bad + "] not a JSON object", e.getMessage());
  }

  @Test
  void missingDirectoriesAreErrors() throws Exception {
    Path gold = dir.resolve("nogold");
    EvaluationException e = assertThrows(EvaluationException.class,
        () -> new Evaluator().evaluate(gold, dir));
    assertEquals("[" + gold + "] not a directory", e.getMessage());
    write("gold/a.gold.json", GOLD);
    Path out = dir.resolve("noout");
    e = assertThrows(EvaluationException.class, () -> new Evaluator().evaluate(dir.resolve("gold"), out));
    assertEquals("[" + out + "] not a directory", e.getMessage());
    Files.createDirectories(dir.resolve("empty"));
    e = assertThrows(EvaluationException.class,
        () -> new Evaluator().evaluate(dir.resolve("empty"), dir));
    assertTrue(e.getMessage().endsWith("no *.gold.json files"), e.getMessage());
  }
}
