package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongwen.policy.batch.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI in a child JVM, SIGKILLed mid-run; the rerun completes with no duplicate, no gap. */
class KillResumeTest {

  @TempDir
  Path tmp;

  @Test
  void killedImportResumesWithoutDuplicatesOrGaps() throws Exception {
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.from(Path.of("../seeds"), Path.of("../samples"))
        .write(corpus, new CorpusGenerator.Spec(600, 0, 7, 300, 0, 1));
    Path index = tmp.resolve("idx");
    List<String> args = List.of(corpus.toString(), "--index", index.toString(), "--commit-every", "10",
        "--threads", "2", "--isolation", "in-process", "-q");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "index"));
    command.addAll(args);
    Process run = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("killed-run.log").toFile()).start();

    int committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (committed == 0 && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      committed = documents(index);
    }
    run.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit
    run.waitFor(10, TimeUnit.SECONDS);
    int atKill = documents(index);
    assertTrue(atKill > 0 && atKill < 600,
        "killed mid-run with part of the corpus committed; committed: " + atKill + ", log: "
            + Files.readString(tmp.resolve("killed-run.log")));

    CommandRun rerun = CommandRun.of(new IndexCommand(), args.toArray(String[]::new));

    assertEquals(0, rerun.exit(), rerun.err());
    String summary = rerun.out().strip();
    assertTrue(summary.startsWith("600 in = "), summary);
    int skipped = Integer.parseInt(summary.replaceAll(".* \\+ (\\d+) skipped-unchanged.*", "$1"));
    assertTrue(skipped >= atKill, summary + " after " + atKill + " committed");
    Map<String, Integer> byFile = IndexedFiles.count(index);
    assertEquals(600, byFile.size(), "no missing document");
    assertEquals(List.of(1), byFile.values().stream().distinct().toList(), "no duplicate document");
    try (Stream<Path> files = Files.walk(corpus)) {
      assertEquals(600, files.filter(Files::isRegularFile).filter(p -> byFile.containsKey(p.toString())).count());
    }
  }

  private static int documents(Path index) {
    try {
      return IndexedFiles.count(index).size();
    } catch (IOException e) {
      return 0; // mid-creation
    }
  }
}
