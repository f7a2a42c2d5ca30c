package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.model.DocMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The signature reader inside the whole extractor: it needs the title and the main text's end. */
class SignatureReaderTest {

  @ParameterizedTest(name = "[{index}] {1} {2}")
  @CsvFileSource(resources = "signatures.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void readsSignatureDateAndNote(String text, String signatory, String signedDate, String note, String issuers) {
    DocMetadata m = MetadataFixtures.metadata(MetadataFixtures.unescape(text));
    assertEquals(signatory, m.signatory(), "signatory");
    assertEquals(signedDate, m.signedDate(), "signedDate");
    assertEquals(note, m.note(), "note");
    assertEquals(List.of(issuers.split("\\|")), m.issuers(), "issuers");
  }
}
