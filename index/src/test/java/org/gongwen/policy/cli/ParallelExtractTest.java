package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON output is byte-identical whatever the thread count and isolation. */
class ParallelExtractTest {

  @TempDir
  Path tmp;

  @Test
  void outputDoesNotDependOnThreadsOrIsolation() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
      for (Path p : samples.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path p : seeds.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Files.writeString(in.resolve("broken.txt"), "");
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    CommandRun a = CommandRun.of(new ExtractCommand(), in.toString(), "--out", one.toString(), "--threads", "1",
        "--isolation", "in-process", "-q", "--jsonl", tmp.resolve("one.jsonl").toString());
    CommandRun b = CommandRun.of(new ExtractCommand(), in.toString(), "--out", two.toString(), "--threads", "2",
        "--isolation", "process", "-q", "--jsonl", tmp.resolve("two.jsonl").toString());

    assertEquals(3, a.exit(), a.err());
    assertEquals("7 in = 6 extracted + 0 skipped-not-a-document + 1 failed; output in " + one, a.out().lines().findFirst().orElseThrow());
    assertEquals(a.out().replace(one.toString(), "X"), b.out().replace(two.toString(), "X"));
    List<String> names;
    try (Stream<Path> s = Files.list(one)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(8, names.size()); // 6 documents + failures.jsonl + skipped.jsonl
    assertEquals("", Files.readString(one.resolve("skipped.jsonl")));
    for (String name : names) {
      if (!name.equals("failures.jsonl") && !name.equals("skipped.jsonl")) {
        assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
      }
    }
    assertArrayEquals(Files.readAllBytes(tmp.resolve("one.jsonl")), Files.readAllBytes(tmp.resolve("two.jsonl")));
    assertEquals("empty", new org.gongwen.policy.json.PolicyJson().mapper()
        .readTree(Files.readAllLines(one.resolve("failures.jsonl")).get(0)).get("error").asText());
  }
}
