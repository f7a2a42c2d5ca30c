package org.gongwen.policy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Case table of {@link NotADocumentRule}: a failure becomes a skip only when name and content agree. */
class NotADocumentRuleTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvFileSource(resources = "not-a-document.tsv", delimiter = '\t')
  void skipsOnlyWhatIsNoDocumentByNameAndContent(String name, String code, String expected) {
    Path file = Path.of("in", name);
    Outcome.Failed failed = new Outcome.Failed(file, "abc", 10, code, "[" + file + "] unsupported media type [x/y]",
        null, 5);
    Outcome outcome = NotADocumentRule.apply(failed);
    if (expected.equals("skipped")) {
      Outcome.Skipped s = assertInstanceOf(Outcome.Skipped.class, outcome);
      assertEquals(InputWalk.Skip.NOT_A_DOCUMENT, s.reason());
      assertEquals("[" + file + "] not a document by name or content: unsupported media type [x/y]", s.message());
      assertEquals(10, s.bytes());
    } else {
      assertEquals(failed, outcome);
    }
  }
}
