package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    Path expected = EXPECTED.resolve(input.getFileName() + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expected)) {
      fail("[" + expected + "] no golden file; create it with -Dgolden.update=true and review it");
    }
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (!want.equals(actual)) {
      fail("[" + RepoFiles.relative(input) + "] output differs from " + RepoFiles.relative(expected) + ":\n"
          + diff(want, actual) + "\nregenerate: mvn -q -o test -pl pipeline -Dtest=GoldenSamplesTest "
          + "-Dgolden.update=true");
    }
  }

  /** The first differing lines, with line numbers: enough to see what changed. */
  static String diff(String expected, String actual) throws IOException {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < Math.max(a.size(), b.size()) && shown < 20; i++) {
      String x = i < a.size() ? a.get(i) : "<end>";
      String y = i < b.size() ? b.get(i) : "<end>";
      if (!x.equals(y)) {
        out.append(String.format("line %d%n  - %s%n  + %s%n", i + 1, x, y));
        shown++;
      }
    }
    out.append(String.format("(%d expected lines, %d actual lines)", a.size(), b.size()));
    return out.toString();
  }
}
