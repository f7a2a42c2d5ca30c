package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CompareCommandTest {

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
  void flatCsvHasBomKindAndIsSortedByIndicatorThenYearAcrossDocuments() {
    CommandRun run = CommandRun.of(new CompareCommand(), "高新技术企业", "--index", index, "--format", "csv", "--flat");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("\uFEFFindicator,kind,value,unit,year,comparator,issuer,title,file,scope\r\n"), run.out());
    String[] lines = run.out().split("\r\n");
    assertEquals(4, lines.length, run.out());
    int y2021 = run.out().indexOf(",2021,");
    int y2024 = run.out().indexOf("高新技术企业,level,300,家,2024");
    assertTrue(y2021 > 0 && y2024 > 0, run.out());
  }

  @Test
  void defaultTableIsAnIndicatorByYearPivotWithKind() {
    CommandRun run = CommandRun.of(new CompareCommand(), "高新技术企业", "--index", index);
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].matches("indicator +kind +unit +comparator +issuer +scope +2021 +2024"), lines[0]);
    assertTrue(run.out().contains("level"), run.out());
    // the 300 家 target of 2024 sits in the 2024 column, under its header
    String row = java.util.Arrays.stream(lines).filter(l -> l.contains(" 300")).findFirst().orElseThrow();
    assertEquals(CompareCommand.displayWidth(lines[0].substring(0, lines[0].indexOf("2024"))),
        CompareCommand.displayWidth(row.substring(0, row.indexOf("300"))), run.out());
  }

  @Test
  void jsonRowsHaveTheColumns() throws IOException {
    CommandRun run = CommandRun.of(new CompareCommand(), "高新技术企业", "year:2024", "--index", index, "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertEquals(2, rows.size());
    for (JsonNode r : rows) {
      assertEquals(2024, r.get("year").asInt());
      assertEquals(SamplePolicies.LUCHENG_FILE, r.get("file").asText());
      assertEquals(SamplePolicies.LUCHENG_TITLE, r.get("title").asText());
      assertTrue(r.get("value").isNumber());
    }
  }

  @Test
  void tableAlignsWideCharacters() {
    CommandRun run = CommandRun.of(new CompareCommand(), "孵化面积", "--index", index);
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].matches("indicator +kind +unit .*"), run.out());
    assertEquals(CompareCommand.displayWidth(lines[0].substring(0, lines[0].indexOf("2024"))),
        CompareCommand.displayWidth(lines[1].substring(0, lines[1].indexOf("1200000"))), run.out());
  }

  @Test
  void csvQuotesFieldsWithCommas() {
    assertEquals("a,\"b,c\",\"d\"\"e\"", CompareCommand.csvLine(new String[] {"a", "b,c", "d\"e"}));
  }

  @Test
  void otherTypesAndFormatsAreUsageErrors() {
    CommandRun type = CommandRun.of(new CompareCommand(), "type:task", "--index", index);
    assertEquals(2, type.exit());
    assertTrue(type.err().contains("[type:task]"), type.err());
    CommandRun format = CommandRun.of(new CompareCommand(), "x", "--index", index, "--format", "xml");
    assertEquals(2, format.exit());
    assertTrue(format.err().contains("[xml]"), format.err());
  }
}
