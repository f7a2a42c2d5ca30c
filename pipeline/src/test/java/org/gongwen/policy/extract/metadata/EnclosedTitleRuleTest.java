package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EnclosedTitleRuleTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "enclosed-titles.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void findsTheForwardedTitle(String title, String enclosed) {
    assertEquals(enclosed, MetadataFixtures.ENCLOSED.apply(title));
  }
}
