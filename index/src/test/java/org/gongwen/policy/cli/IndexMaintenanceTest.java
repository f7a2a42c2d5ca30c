package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.search.IndexStats;
import org.gongwen.policy.search.PolicySearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code delete} by file and by id, and readers that keep working while a writer adds. */
class IndexMaintenanceTest {

  private static PolicyDocument lucheng;
  private static PolicyDocument wenzhou;

  @TempDir
  Path dir;

  @BeforeAll
  static void extract() throws Exception {
    PolicyPipeline pipeline = PolicyPipeline.standard();
    lucheng = pipeline.process(Path.of("../seeds/000_4ed772c9b4959484.txt"), false);
    wenzhou = pipeline.process(Path.of("../seeds/004_755fdc7e0c8d5ef0.txt"), false);
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private static IndexStats stats(Path index) throws Exception {
    try (PolicySearcher s = PolicySearcher.open(index)) {
      return s.stats();
    }
  }

  private Path indexBoth() throws Exception {
    Path index = dir.resolve("index");
    try (PolicyIndexer w = PolicyIndexer.open(index)) {
      w.add(lucheng);
      w.add(wenzhou);
    }
    return index;
  }

  @Test
  void deleteByFileRemovesTheDocumentWithItsTasksAndTargets() throws Exception {
    Path index = indexBoth();
    int entries = 1 + lucheng.tasks().size() + lucheng.targets().size();
    Run r = run("delete", "--index", index.toString(), "--file", lucheng.source().file());
    assertEquals(0, r.exit(), r.err());
    assertEquals("[" + lucheng.source().file() + "] deleted " + entries + " entries", r.out().strip());
    assertEquals(new IndexStats(1, wenzhou.tasks().size(), wenzhou.targets().size()), stats(index));
  }

  @Test
  void deleteByIdAndAnUnknownNameIsReported() throws Exception {
    Path index = indexBoth();
    Run r = run("delete", "--index", index.toString(), "--id", wenzhou.id(), "--id", "0000000000000000");
    assertEquals(3, r.exit());
    assertEquals("[0000000000000000] not in the index", r.err().strip());
    assertEquals(new IndexStats(1, lucheng.tasks().size(), lucheng.targets().size()), stats(index));
  }

  @Test
  void readersOpenWhileAWriterAddsSeeTheLastCommitAndAreNotDisturbed() throws Exception {
    Path index = dir.resolve("index");
    try (PolicyIndexer w = PolicyIndexer.open(index)) {
      w.add(lucheng);
      w.commit();
      try (PolicySearcher before = PolicySearcher.open(index); PolicySearcher second = PolicySearcher.open(index)) {
        w.add(wenzhou);
        w.commit();
        assertEquals(1, before.stats().documents(), "a reader sees the commit it was opened on");
        assertEquals(1, second.stats().documents());
        try (PolicySearcher after = PolicySearcher.open(index)) {
          assertEquals(2, after.stats().documents(), "a reader opened after the commit sees it");
        }
      }
    }
    assertTrue(stats(index).targets() > 0);
  }
}
