package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.SearchHit;
import org.gongwen.policy.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Deleting the indexed rendering of a notice indexes its republished copy that was skipped as a duplicate. */
class DeleteRestoresCopyTest {

  @TempDir
  Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertEquals(0, cli.execute(args), err.toString());
    return out.toString();
  }

  private static List<SearchHit> documents(Path index) throws Exception {
    try (PolicySearcher searcher = PolicySearcher.open(index)) {
      return searcher.search(SearchRequest.parse("type:document"));
    }
  }

  @Test
  void theSkippedCopyComesBack() throws Exception {
    Path index = dir.resolve("index");
    String txt = "../seeds/000_4ed772c9b4959484.txt";
    String html = "../samples/000_4ed772c9b4959484.html";
    run("index", txt, html, "--index", index.toString(), "--isolation", "in-process", "-q");
    assertEquals(List.of(txt), documents(index).stream().map(SearchHit::file).toList());

    String out = run("delete", "--index", index.toString(), "--file", txt);
    assertTrue(out.contains("[" + txt + "] its copy [" + html + "]"), out);
    assertEquals(List.of(html), documents(index).stream().map(SearchHit::file).toList());
  }

  @Test
  void noRestoreDeletesOnly() throws Exception {
    Path index = dir.resolve("index");
    String txt = "../seeds/000_4ed772c9b4959484.txt";
    String html = "../samples/000_4ed772c9b4959484.html";
    run("index", txt, html, "--index", index.toString(), "--isolation", "in-process", "-q");
    run("delete", "--index", index.toString(), "--file", txt, "--no-restore");
    assertEquals(List.of(), documents(index));
  }
}
