package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.structure.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TitleReaderTest {

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvFileSource(resources = "titles.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void readsTitleAndRecipients(String text, String title, String enclosedTitle, String recipients) {
    List<Line> front = FrontBlockReaderTest.front(text);
    TitleBlock block = MetadataFixtures.TITLE.read(front, MetadataFixtures.FRONT.read(front));
    assertEquals(title, block.title(), "title");
    assertEquals(enclosedTitle, block.enclosedTitle(), "enclosedTitle");
    assertEquals(recipients == null ? List.of() : List.of(recipients.split("\\|")), block.recipients(),
        "recipients");
  }
}
