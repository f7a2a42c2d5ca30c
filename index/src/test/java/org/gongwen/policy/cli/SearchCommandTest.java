package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.index.SamplePolicies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir
  static Path tmp;

  private static String index;

  @BeforeAll
  static void index() throws IOException {
    Path dir = tmp.resolve("idx");
    try (PolicyIndexer indexer = PolicyIndexer.open(dir)) {
      indexer.add(SamplePolicies.luchengPlan());
      indexer.add(SamplePolicies.wenzhouPlan());
    }
    index = dir.toString();
  }

  @Test
  void targetHitsShowValueUnitYearDocumentAndEvidence() {
    CommandRun run = CommandRun.of(new SearchCommand(),
        "高新技术企业", "--index", index, "--type", "target", "--year", "2024");
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(6, lines.length, run.out());
    assertTrue(run.out().contains("target  高新技术企业  300 家  2024  (= level)"), run.out());
    assertTrue(run.out().contains("target  高新技术企业  140 家  2024  (= increase)"), run.out());
    assertTrue(run.out().contains("   doc: " + SamplePolicies.LUCHENG_TITLE), run.out());
    assertTrue(run.out().contains("   evidence: 到2024年，全区拥有【高新技术企业】300家、"), run.out());
  }

  @Test
  void largeValuesArePlainNumbers() {
    CommandRun run = CommandRun.of(new SearchCommand(), "孵化面积", "--index", index, "--type", "TARGET");
    assertTrue(run.out().startsWith("1. target  新增孵化面积  1200000 平方米  2024  (>= increase)\n"), run.out());
    assertFalse(run.out().contains("E6"), run.out());
  }

  @Test
  void taskHitsByUnit() {
    CommandRun run = CommandRun.of(new SearchCommand(), "--index", index, "--type", "task", "--unit", "区科技局");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("task  1 强化科技企业群体培育  [*区科技局、区发改局、区经信局、各街镇]"), run.out());
    assertTrue(run.out().contains("task  5 加强大产业平台构建  [*鹿城经开区〈筹〉管委会、*南郊街道、区科技局、区住建局]"), run.out());
    assertFalse(run.out().contains("市科技局"), run.out());
  }

  @Test
  void jsonOutputParses() throws IOException {
    CommandRun run = CommandRun.of(new SearchCommand(),
        "高新技术企业", "--index", index, "--type", "target", "--json", "--limit", "5");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("高新技术企业", root.get("query").asText());
    assertEquals("target", root.get("filters").get("type").asText());
    assertEquals(3, root.get("total").asInt());
    JsonNode hits = root.get("hits");
    assertTrue(hits.isArray());
    assertEquals(3, hits.size());
    for (JsonNode h : hits) {
      assertEquals("target", h.get("type").asText());
      assertEquals("高新技术企业", h.get("indicator").asText());
      assertEquals("家", h.get("unit").asText());
      assertTrue(h.get("value").isNumber());
      assertTrue(h.get("score").isNumber() && h.get("score").asDouble() > 0, h.toString());
      assertEquals("高新技术企业", h.get("item").get("indicator").asText(), "item is the stored target JSON");
      assertTrue(h.get("highlight").get("marked").asText().contains("<em>高新技术企业</em>"), h.toString());
    }
  }

  @Test
  void jsonValuesAreWrittenWithoutExponent() {
    CommandRun run = CommandRun.of(new SearchCommand(), "孵化面积", "--index", index, "--json");
    assertTrue(run.out().contains("\"value\" : 1200000,"), run.out());
  }

  @Test
  void queryLanguageFiltersSortPagingAndFacets() throws IOException {
    CommandRun run = CommandRun.of(new SearchCommand(), "type:target", "year:2024", "--index", index,
        "--sort", "value", "--limit", "2", "--offset", "1", "--facets");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("2. target  "), run.out());
    assertTrue(run.out().contains("-- hits 2-3 of "), run.out());
    assertTrue(run.out().contains("\nyear: 2024 ("), run.out());
    assertTrue(run.out().contains("\nissuer: 温州市鹿城区人民政府 ("), run.out());
    CommandRun json = CommandRun.of(new SearchCommand(), "type:target year:2024", "--index", index, "--json", "--facets");
    JsonNode root = new ObjectMapper().readTree(json.out());
    JsonNode facets = root.get("facets");
    for (String dim : new String[] {"issuer", "year", "unit", "leadUnit", "measure", "kind"}) {
      assertTrue(facets.has(dim), dim);
    }
    assertEquals(root.get("total").asInt(), facets.get("year").get(0).get("count").asInt());
  }

  @Test
  void flagsAndQueryFiltersMerge() {
    CommandRun agree = CommandRun.of(new SearchCommand(), "year:2024", "--year", "2024", "--index", index, "--type", "target");
    assertEquals(0, agree.exit(), agree.err());
    CommandRun clash = CommandRun.of(new SearchCommand(), "year:2024", "--year", "2021", "--index", index);
    assertEquals(2, clash.exit());
    assertTrue(clash.err().contains("filter [year] given twice with different values [2024] and [2021]"), clash.err());
  }

  @Test
  void badQuerySyntaxIsAUsageErrorNamingThePart() {
    CommandRun run = CommandRun.of(new SearchCommand(), "高新 value:[1 TO", "--index", index);
    assertEquals(2, run.exit());
    assertEquals("unclosed range in [value]: [[1 TO] (at character 9)\n", run.err());
  }

  @Test
  void noHits() throws IOException {
    CommandRun text = CommandRun.of(new SearchCommand(), "量子计算", "--index", index);
    assertEquals(0, text.exit());
    assertEquals("no hits\n", text.out());
    CommandRun json = CommandRun.of(new SearchCommand(), "量子计算", "--index", index, "--json");
    assertEquals(0, new ObjectMapper().readTree(json.out()).get("hits").size());
  }

  @Test
  void missingIndexIsOneLineAndExitOne() {
    Path missing = tmp.resolve("nowhere");
    CommandRun run = CommandRun.of(new SearchCommand(), "x", "--index", missing.toString());
    assertEquals(1, run.exit());
    assertEquals("[" + missing + "] no index: the directory does not exist\n", run.err());
    assertEquals("", run.out());
    CommandRun stats = CommandRun.of(new StatsCommand(), "--index", missing.toString());
    assertEquals(1, stats.exit());
  }

  @Test
  void badTypeIsAUsageError() {
    CommandRun run = CommandRun.of(new SearchCommand(), "x", "--index", index, "--type", "policy");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("[policy]"), run.err());
  }
}
