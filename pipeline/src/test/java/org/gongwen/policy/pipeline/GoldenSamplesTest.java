package org.gongwen.policy.pipeline;


import java.nio.file.Path;
import java.util.stream.Stream;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-document golden files: the output for every seed and format sample must equal
 * {@code samples/expected/<file name>.json}. On a mismatch the test prints the first differing lines;
 * after a deliberate change, regenerate with
 * {@code mvn -q -o test -pl pipeline -Dtest=GoldenSamplesTest -Dgolden.update=true} and review the diff.
 */
class GoldenSamplesTest {

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final PolicyJson JSON = new PolicyJson();
  private static final Path EXPECTED = RepoFiles.ROOT.resolve("samples/expected");

  static Stream<Path> inputs() {
    return RepoFiles.inputs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void outputEqualsGoldenFile(Path input) throws Exception {
    PolicyDocument doc = PIPELINE.process(input, false);
    Source s = doc.source();
    doc = new PolicyDocument(doc.schema(), doc.id(),
        new Source(RepoFiles.relative(input), s.mediaType(), s.sha256(), s.bytes(), s.charset(), s.pages()),
        doc.metadata(), doc.headings(), doc.tasks(), doc.targets(), doc.tables(), doc.warnings(), null);
    String actual = JSON.toPrettyJson(doc);
    GoldenJsonFile.check(RepoFiles.relative(input).toString(), actual, EXPECTED.resolve(input.getFileName() + ".json"),
        "GoldenSamplesTest");
  }
}
