package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.search.PolicySearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same notice published twice (the TXT and the HTML page of one 发文字号 and title, different bytes)
 * is indexed once and the second file is linked to the first, in one run and across runs.
 */
class RepublishedNoticeTest {

  @TempDir
  Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cli.execute(args));
    return out.toString();
  }

  @Test
  void aRepublishedNoticeIsLinkedNotIndexedTwice() throws Exception {
    Path index = dir.resolve("index");
    String txt = "../seeds/000_4ed772c9b4959484.txt";
    String html = "../samples/000_4ed772c9b4959484.html";
    String out = run("index", txt, html, "--index", index.toString(), "--isolation", "in-process", "-q");
    assertTrue(out.contains("2 in = 1 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 1 duplicate + 0 failed"), out);
    List<String> links = Files.readAllLines(Path.of(index + ".duplicates.jsonl"));
    assertEquals(1, links.size(), links.toString());
    assertTrue(links.get(0).contains("\"duplicateOf\":\"" + txt + "\""), links.get(0));
    assertTrue(links.get(0).contains("\"reason\":\"same 发文字号 and title\""), links.get(0));
    try (PolicySearcher searcher = PolicySearcher.open(index)) {
      assertEquals(1, searcher.stats().documents());
    }

    Path docx = dir.resolve("republished.docx");
    Files.copy(Path.of("../samples/000_4ed772c9b4959484.docx"), docx);
    String later = run("index", docx.toString(), "--index", index.toString(), "--isolation", "in-process", "-q");
    assertTrue(later.contains("1 in = 0 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 1 duplicate + 0 failed"), later);
    try (PolicySearcher searcher = PolicySearcher.open(index)) {
      assertEquals(1, searcher.stats().documents());
    }
  }
}
