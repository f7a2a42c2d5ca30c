package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.index.SamplePolicies;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  @TempDir
  Path tmp;

  /** Stands in for the pipeline: files named lucheng* and wenzhou* become the samples, others fail. */
  private final List<Path> seen = new ArrayList<>();

  private PolicyDocument fake(Path file, boolean withText) throws InputException {
    seen.add(file);
    String name = file.getFileName().toString();
    if (name.startsWith("lucheng")) {
      PolicyDocument d = SamplePolicies.luchengPlan();
      return withText ? d : d.withoutText();
    }
    if (name.startsWith("wenzhou")) {
      return SamplePolicies.wenzhouPlan();
    }
    throw new InputException(file, InputException.Reason.UNSUPPORTED, "unsupported type: application/zip");
  }

  @Test
  void walksDirectoriesSortedReportsFailuresAndContinues() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.writeString(tmp.resolve("in/wenzhou.txt"), "w");
    Files.writeString(in.resolve("lucheng.txt"), "l");
    Files.writeString(tmp.resolve("in/broken.docx"), "x");
    Files.writeString(tmp.resolve("in/.DS_Store"), "x");
    Path index = tmp.resolve("idx");

    CommandRun run = CommandRun.of(new IndexCommand(this::fake), tmp.resolve("in").toString(), "--index", index.toString(),
        "--threads", "1");

    assertEquals(3, run.exit());
    assertEquals(List.of(tmp.resolve("in/broken.docx"), tmp.resolve("in/sub/lucheng.txt"), tmp.resolve("in/wenzhou.txt")), seen);
    assertEquals("[" + tmp.resolve("in/broken.docx") + "] unsupported type: application/zip\n", run.err());
    assertEquals("3 in = 2 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 1 failed\nfailures: "
        + tmp.resolve("idx.failures.jsonl") + "\n", run.out());
    assertTrue(Files.readString(tmp.resolve("idx.failures.jsonl")).contains("\"error\":\"unsupported-type\""));

    CommandRun stats = CommandRun.of(new StatsCommand(), "--index", index.toString());
    assertEquals("documents: 2\ntasks: 6\ntargets: 7\n", stats.out());
  }

  @Test
  void reindexingKeepsCountsAndExitsZero() throws IOException {
    Path file = Files.writeString(tmp.resolve("lucheng.txt"), "x");
    Path index = tmp.resolve("idx");
    for (int i = 0; i < 2; i++) {
      CommandRun run = CommandRun.of(new IndexCommand(this::fake), file.toString(), "--index", index.toString(), "--with-text");
      assertEquals(0, run.exit(), run.err());
      assertEquals("1 in = 1 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 0 failed\n", run.out());
    }
    CommandRun stats = CommandRun.of(new StatsCommand(), "--index", index.toString(), "--json");
    assertEquals(0, stats.exit());
    assertEquals("{\n  \"documents\" : 1,\n  \"tasks\" : 4,\n  \"targets\" : 5\n}\n", stats.out());
  }

  @Test
  void missingPathIsOneFailureLine() {
    Path missing = tmp.resolve("nope.pdf");
    CommandRun run = CommandRun.of(new IndexCommand(this::fake), missing.toString(), "--index", tmp.resolve("idx").toString());
    assertEquals(3, run.exit());
    assertEquals("[" + missing + "] no such file or directory\n", run.err());
    assertTrue(run.out().startsWith("1 in = 0 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 1 failed\n"), run.out());
  }

  @Test
  void defaultPipelineFailuresAreReportedPerFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("a.txt"), "关于印发的通知");
    CommandRun run = CommandRun.of(new IndexCommand(), file.toString(), "--index", tmp.resolve("idx").toString());
    // the pipeline body is not assembled yet: every file fails, named, and the run goes on
    if (run.exit() == 3) {
      assertTrue(run.err().startsWith("[" + file + "]"), run.err());
    } else {
      assertEquals(0, run.exit(), run.err());
    }
    assertTrue(run.out().startsWith("1 in = "), run.out());
  }
}
