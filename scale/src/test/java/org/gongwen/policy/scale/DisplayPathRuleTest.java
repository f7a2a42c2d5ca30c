package org.gongwen.policy.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DisplayPathRuleTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvFileSource(resources = "display-paths.tsv", delimiter = '\t', ignoreLeadingAndTrailingWhitespace = false)
  void reportsLocalFilesByPathAndOthersByUri(String hadoopPath, String expected) {
    assertEquals(expected, DisplayPathRule.display(hadoopPath));
  }
}
