package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.json.PolicyJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same file gives byte-identical JSON from two fresh pipelines, and again from a reused one. */
final class DeterminismTest {

  private static final int CONTEXT = 60;

  static Stream<Path> inputs() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
      seeds = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    Path pdf;
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      pdf = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().findFirst().orElse(null);
    }
    assertFalse(seeds.isEmpty(), "no seeds under [../seeds]");
    assertFalse(pdf == null, "no PDF under [../samples]");
    return Stream.concat(seeds.stream(), Stream.of(pdf));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void twoRunsGiveIdenticalJson(Path file) throws Exception {
    PolicyJson json = new PolicyJson();
    PolicyPipeline first = PolicyPipeline.standard();
    byte[] a = json.toPrettyJson(first.process(file, true)).getBytes(StandardCharsets.UTF_8);
    byte[] b = json.toPrettyJson(PolicyPipeline.standard().process(file, true)).getBytes(StandardCharsets.UTF_8);
    byte[] c = json.toPrettyJson(first.process(file, true)).getBytes(StandardCharsets.UTF_8);
    assertSame(file, "two fresh pipelines", a, b);
    assertSame(file, "a reused pipeline", a, c);
  }

  private static void assertSame(Path file, String what, byte[] expected, byte[] actual) {
    int at = Arrays.mismatch(expected, actual);
    if (at < 0) {
      return;
    }
    fail("[" + file + "] " + what + " differ at byte " + at + " (lengths " + expected.length + ", "
        + actual.length + "):\n  first:  " + around(expected, at) + "\n  second: " + around(actual, at));
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(bytes.length, at + CONTEXT);
    return new String(bytes, from, to - from, StandardCharsets.UTF_8).replace("\n", "\\n");
  }
}
