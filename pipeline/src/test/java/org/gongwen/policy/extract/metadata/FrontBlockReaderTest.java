package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.structure.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FrontBlockReaderTest {

  /** The non-blank lines of a document head, as the extractor hands them to the readers. */
  static List<Line> front(String text) {
    return MetadataFixtures.outline(MetadataFixtures.unescape(text)).lines().stream()
        .filter(l -> !l.blank() && !l.table()).toList();
  }

  @ParameterizedTest(name = "[{index}] {1} {3}")
  @CsvFileSource(resources = "front-blocks.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void readsTheHead(String text, String issuerMark, String issuers, String docNumber, String signer) {
    FrontBlock head = MetadataFixtures.FRONT.read(front(text));
    assertEquals(issuerMark, head.issuerMark(), "issuerMark");
    assertEquals(issuers == null ? List.of() : List.of(issuers.split("\\|")), head.issuers(), "issuers");
    assertEquals(docNumber, head.docNumber(), "docNumber");
    assertEquals(signer, head.signer(), "signer");
  }

  @ParameterizedTest(name = "[{index}] {1} {2} {3}")
  @CsvFileSource(resources = "front-marks.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void readsCopyNumberSecurityAndUrgency(String text, String copyNumber, String security, String urgency) {
    FrontBlock head = MetadataFixtures.FRONT.read(front(text));
    assertEquals(copyNumber, head.copyNumber(), "copyNumber");
    assertEquals(security, head.security(), "security");
    assertEquals(urgency, head.urgency(), "urgency");
  }
}
