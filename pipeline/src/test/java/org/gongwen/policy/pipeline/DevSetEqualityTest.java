package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output equality on the shared dev set: the JSON of every dev notice ({@code ../shared/dev/docs}) and of the
 * real published files that have gold ({@code ../shared/dev/real/r11…, r14…}) must equal
 * {@code src/test/resources/expected-dev/<file name>.json}. It guards speed work (caches, one-pass scans,
 * in-process isolation): such changes must leave every byte of the output as it was. Seeds and format samples are
 * covered by {@link GoldenSamplesTest}. After a deliberate extraction change, regenerate with
 * {@code mvn -q -o test -pl pipeline -Dtest=DevSetEqualityTest -Dgolden.update=true} and review the diff. Skips
 * when {@code ../shared} is not beside the checkout.
 */
class DevSetEqualityTest {

  private static final Path SHARED = RepoFiles.ROOT.resolve("../shared").normalize();
  private static final Path EXPECTED = Path.of("src/test/resources/expected-dev");
  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final PolicyJson JSON = new PolicyJson();

  static Stream<Path> inputs() {
    Path docs = SHARED.resolve("dev/docs");
    Path real = SHARED.resolve("dev/real");
    if (!Files.isDirectory(docs)) {
      return Stream.of(docs);  // reported as skipped by the test itself
    }
    return Stream.concat(list(docs, ".txt"), list(real, ".html")
        .filter(p -> p.getFileName().toString().matches("r1[14]_.*")));
  }

  private static Stream<Path> list(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("[" + dir + "] cannot list: " + e.getMessage(), e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void outputEqualsExpectedFile(Path input) throws Exception {
    assumeTrue(Files.isRegularFile(input), "[" + input + "] shared dev set not beside the checkout");
    PolicyDocument doc = PIPELINE.process(input, false);
    Source s = doc.source();
    String relative = SHARED.relativize(input.toAbsolutePath().normalize()).toString().replace('\\', '/');
    doc = new PolicyDocument(doc.schema(), doc.id(),
        new Source(relative, s.mediaType(), s.sha256(), s.bytes(), s.charset(), s.pages()),
        doc.metadata(), doc.headings(), doc.tasks(), doc.targets(), doc.tables(), doc.warnings(), null);
    String actual = JSON.toPrettyJson(doc);
    GoldenJsonFile.check(relative, actual, EXPECTED.resolve(input.getFileName() + ".json"), "DevSetEqualityTest");
  }

}
