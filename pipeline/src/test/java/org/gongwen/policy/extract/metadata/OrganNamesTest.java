package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class OrganNamesTest {

  private static List<String> list(String joined) {
    return joined == null ? List.of() : List.of(joined.split("\\|"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "organ-names.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void splitsPrintedAndGluedNames(String printed, String names) {
    assertEquals(list(names), MetadataFixtures.ORGANS.split(printed));
    assertEquals(true, MetadataFixtures.ORGANS.allOrgans(printed), "every name is an organ");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {3}")
  @CsvFileSource(resources = "organ-tails.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void findsTheOrgansEndingALine(String line, String known, String captions, String organs) {
    assertEquals(list(organs), MetadataFixtures.ORGANS.tail(line, list(known), list(captions)));
  }
}
