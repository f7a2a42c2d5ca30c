package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TabTablesTest {

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvFileSource(resources = "tab-tables.tsv", delimiter = '\t', quoteCharacter = '\u0000',
      ignoreLeadingAndTrailingWhitespace = false)
  void findsTablesByTheirRowLines(String input, String expected, String rule) {
    String text = input.replace("\\t", "\t").replace("\\n", "\n");
    List<SourceTable> tables = TabTables.find(text);
    String actual = tables.isEmpty() ? "-"
        : tables.stream().map(t -> String.valueOf(t.rows().size())).collect(Collectors.joining(","));
    assertEquals(expected, actual, rule);
    for (SourceTable t : tables) {
      long lines = text.substring(t.start(), t.end()).lines().count();
      assertEquals(t.rows().size(), lines, "one row per line of the range: " + rule);
    }
  }
}
