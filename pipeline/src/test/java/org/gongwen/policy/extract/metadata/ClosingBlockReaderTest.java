package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.model.DocMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The 版记 reader on the closing block the outliner finds in a whole document. */
class ClosingBlockReaderTest {

  @ParameterizedTest(name = "[{index}] {2} {3}")
  @CsvFileSource(resources = "closing-blocks.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void readsCcPrintedByAndDate(String text, String cc, String printedBy, String printedDate, String note) {
    DocMetadata m = MetadataFixtures.metadata(MetadataFixtures.unescape(text));
    assertEquals(cc == null ? List.of() : List.of(cc.split("\\|")), m.cc(), "cc");
    assertEquals(printedBy, m.printedBy(), "printedBy");
    assertEquals(printedDate, m.printedDate(), "printedDate");
    assertEquals(note, m.note(), "note");
  }
}
