package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongwen.policy.json.PolicyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: bulk import over hostile trees. Each test is one reproduction of the attack run: the real
 * {@code index}/{@code extract} commands, in process, on trees built here with links, FIFOs and odd
 * names, asserting that the run ends, reads nothing outside its tree, and accounts for every entry.
 */
class HostileTreeTest {

  private static final Path SEED = Path.of("../seeds/000_4ed772c9b4959484.txt");
  private static final Duration LIMIT = Duration.ofSeconds(120);

  @TempDir
  Path tmp;

  private CommandRun index(String... args) {
    return assertTimeoutPreemptively(LIMIT, () -> CommandRun.of(new IndexCommand(), args));
  }

  /** file → reason of each line of a skipped.jsonl. */
  private static Map<String, String> skipped(Path report) throws IOException {
    Map<String, String> out = new TreeMap<>();
    PolicyJson json = new PolicyJson();
    for (String line : Files.readAllLines(report)) {
      var node = json.mapper().readTree(line);
      out.put(node.get("file").asText(), node.get("reason").asText());
    }
    return out;
  }

  private static String summary(CommandRun run) {
    return run.out().lines().findFirst().orElseThrow();
  }

  @Test
  void symlinkCyclesEndAndEachLinkIsOneSkippedEntry() throws IOException {
    Path l = tmp.resolve("L");
    Files.createDirectories(l.resolve("d/sub"));
    Files.copy(SEED, l.resolve(SEED.getFileName()));
    Files.createSymbolicLink(l.resolve("self"), Path.of("."));
    Files.createSymbolicLink(l.resolve("d/sub/up"), Path.of("../.."));

    // not quiet: the progress totals walk the tree too (where the old walk spun forever)
    CommandRun run = index(l.toString(), "--index", tmp.resolve("L.idx").toString(), "--isolation", "in-process",
        "--progress-interval", "60");
    assertEquals(0, run.exit(), run.err());
    assertEquals("3 in = 1 indexed + 0 skipped-unchanged + 2 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(run));
    assertEquals(Map.of(l.resolve("self").toString(), "directory-link", l.resolve("d/sub/up").toString(),
        "directory-link"), skipped(tmp.resolve("L.idx.skipped.jsonl")));

    CommandRun followed = index(l.toString(), "--index", tmp.resolve("F.idx").toString(), "--isolation",
        "in-process", "-q", "--follow-links");
    assertEquals(0, followed.exit(), followed.err());
    assertEquals("3 in = 1 indexed + 0 skipped-unchanged + 2 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(followed));
    assertEquals(Map.of(l.resolve("self").toString(), "directory-already-walked", l.resolve("d/sub/up").toString(),
        "directory-already-walked"), skipped(tmp.resolve("F.idx.skipped.jsonl")));
  }

  @Test
  void linksOutOfTheInputTreeAreNotReadUnlessAsked() throws IOException {
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(SEED, in.resolve("a.txt"));
    Files.createSymbolicLink(in.resolve("p.txt"), outside);
    Files.createSymbolicLink(in.resolve("same.txt"), in.resolve("a.txt")); // inside the tree: read

    CommandRun run = index(in.toString(), "--index", tmp.resolve("i.idx").toString(), "--isolation", "in-process",
        "-q");
    assertEquals(0, run.exit(), run.err());
    assertEquals("3 in = 1 indexed + 0 skipped-unchanged + 1 skipped-not-a-document + 1 duplicate + 0 failed",
        summary(run));
    assertEquals(Map.of(in.resolve("p.txt").toString(), "link-outside-input"), skipped(tmp.resolve("i.idx.skipped.jsonl")));
    CommandRun search = CommandRun.of(new SearchCommand(), "root", "--index", tmp.resolve("i.idx").toString());
    assertTrue(search.out().startsWith("no hits"), search.out());

    CommandRun followed = index(in.toString(), "--index", tmp.resolve("f.idx").toString(), "--isolation",
        "in-process", "-q", "--follow-links");
    assertEquals("3 in = 2 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 1 duplicate + 0 failed",
        summary(followed));
  }

  @Test
  void fifosDanglingAndSelfLinksAndDevicesAreSkippedWithAReason() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(SEED, in.resolve("a.txt"));
    Files.createSymbolicLink(in.resolve("dangling.pdf"), in.resolve("gone.pdf"));
    Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
    Files.createSymbolicLink(in.resolve("null.txt"), Path.of("/dev/null"));
    boolean fifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start().waitFor() == 0;
    assumeTrue(fifo, "mkfifo is available");

    CommandRun run = index(in.toString(), "--index", tmp.resolve("i.idx").toString(), "--isolation", "in-process",
        "-q", "--follow-links");
    assertEquals(0, run.exit(), run.err());
    assertEquals("5 in = 1 indexed + 0 skipped-unchanged + 4 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(run));
    assertEquals(Map.of(
            in.resolve("dangling.pdf").toString(), "dangling-link",
            in.resolve("null.txt").toString(), "special-file",
            in.resolve("pipe.txt").toString(), "special-file",
            in.resolve("self.txt").toString(), "link-loop"),
        skipped(tmp.resolve("i.idx.skipped.jsonl")));

    // a FIFO named on the command line is not opened either (opening it would block)
    CommandRun named = index(in.resolve("pipe.txt").toString(), "--index", tmp.resolve("n.idx").toString(), "-q");
    assertEquals(0, named.exit(), named.err());
    assertEquals("1 in = 0 indexed + 0 skipped-unchanged + 1 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(named));
  }

  @Test
  void filesThatAreNoDocumentsAreSkippedAndAnUnchangedRerunExitsZero() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(SEED, in.resolve("a.txt"));
    Files.writeString(in.resolve("gold.json"), "{\"title\": \"x\"}\n");
    Files.writeString(in.resolve("README.md"), "# Samples\n\nHow they were made.\n");
    Files.writeString(in.resolve("render.py"), "#!/usr/bin/env python3\nimport sys\nprint(sys.argv)\n");
    Files.writeString(in.resolve("run.sh"), "#!/bin/sh\nset -e\necho hi\n");
    Files.write(in.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
        'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
    Files.write(in.resolve("noise.txt"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, (byte) 0xFF, 0, 17, 0, 3, 9});
    Path idx = tmp.resolve("i.idx");

    for (int i = 0; i < 2; i++) {
      CommandRun run = index(in.toString(), "--index", idx.toString(), "--isolation", "in-process", "-q");
      assertEquals(3, run.exit(), "the binary .txt claims to be a document and fails: " + run.err());
      assertEquals("7 in = " + (i == 0 ? "1 indexed + 0" : "0 indexed + 1") + " skipped-unchanged"
          + " + 5 skipped-not-a-document + 0 duplicate + 1 failed", summary(run));
      assertTrue(run.err().startsWith("[" + in.resolve("noise.txt") + "] unsupported media type"), run.err());
      assertEquals(1, run.err().lines().count(), "skips are not errors: " + run.err());
    }
    assertEquals(Map.of(in.resolve("README.md").toString(), "not-a-document",
            in.resolve("gold.json").toString(), "not-a-document",
            in.resolve("photo.png").toString(), "not-a-document",
            in.resolve("render.py").toString(), "not-a-document",
            in.resolve("run.sh").toString(), "not-a-document"),
        skipped(tmp.resolve("i.idx.skipped.jsonl")));

    CommandRun filtered = index(in.toString(), "--index", tmp.resolve("g.idx").toString(), "--isolation",
        "in-process", "-q", "--exclude", "noise.*", "--exclude", "*.py");
    assertEquals(0, filtered.exit(), filtered.err());
    assertEquals("5 in = 1 indexed + 0 skipped-unchanged + 4 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(filtered));

    CommandRun included = index(in.toString(), "--index", tmp.resolve("h.idx").toString(), "--isolation",
        "in-process", "-q", "--include", "a.*", "--include", "*.md");
    assertEquals("2 in = 1 indexed + 0 skipped-unchanged + 1 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(included));
  }

  @Test
  void aFirstLineLongerThanALuceneTermIsIndexedAndFound() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String title = "关于" + "推进基层治理现代化建设".repeat(1500) + "的通知";
    assertTrue(title.getBytes(StandardCharsets.UTF_8).length > 32_766);
    Files.writeString(in.resolve("long.txt"), title + "\n各区县人民政府：\n现将有关事项通知如下。\n");

    CommandRun extract = CommandRun.of(new ExtractCommand(), in.toString(), "--out", tmp.resolve("out").toString(),
        "-q", "--isolation", "in-process");
    assertEquals(0, extract.exit(), extract.err());
    CommandRun run = index(in.toString(), "--index", tmp.resolve("i.idx").toString(), "--isolation", "in-process",
        "-q", "--with-text");
    assertEquals(0, run.exit(), run.err());
    assertEquals("1 in = 1 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(run));
    CommandRun search = CommandRun.of(new SearchCommand(), "基层治理", "--index", tmp.resolve("i.idx").toString(),
        "--json");
    // The metadata readers no longer take a 15,000-character line as the title (a title is at most a few
    // short lines), so the line is body text now: the document must still index and, with its full text
    // searchable, be found by its words.
    // Bounds of keyword and doc-values fields are asserted field by field in KeywordBoundTest.
    assertTrue(search.out().contains("long.txt"), search.out());
  }

  @Test
  void aNonUtf8FileNameIsReadInAWorkerProcessAsInProcess() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // 关于.txt in GBK bytes, as a Windows archive of notices unpacks on a UTF-8 system
    Process cp = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf '\\271\\330\\323\\332').txt\"",
        SEED.toAbsolutePath().toString(), in.toString()).inheritIO().start();
    assumeTrue(cp.waitFor() == 0, "a shell to create the name");
    List<Path> names;
    try (var s = Files.list(in)) {
      names = s.toList();
    }
    assertEquals(1, names.size());
    assertTrue(names.get(0).getFileName().toString().contains("\uFFFD"), "the name is not UTF-8");

    CommandRun child = index(in.toString(), "--index", tmp.resolve("p.idx").toString(), "--isolation", "process",
        "--threads", "1", "-q");
    assertEquals(0, child.exit(), child.err());
    assertEquals("1 in = 1 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 0 failed",
        summary(child));
    CommandRun stats = CommandRun.of(new SearchCommand(), "通知", "--index", tmp.resolve("p.idx").toString(), "--json");
    assertTrue(stats.out().contains(names.get(0).toString()), "reported under its own name: " + stats.out());
    assertFalse(stats.out().contains("input-1"), "not under the link's name");
  }

  @Test
  void aFullDiskEndsWithThePathAndTheAccountingLine() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "/dev/full exists");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.createFile(in.resolve("empty.txt"));

    CommandRun run = index(in.toString(), "--index", tmp.resolve("i.idx").toString(), "--failures", full.toString(),
        "--isolation", "in-process", "-q");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("[/dev/full] cannot write report: No space left on device"), run.err());
    assertTrue(run.out().startsWith("1 in = 0 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate"
        + " + 1 failed; stopped"), run.out());
  }
}
