package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input on the command line gives one clear line naming the file and the reason and a non-zero
 * exit; in a directory run the other files still come out.
 */
class BadInputTest {

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The per-file failure lines of stderr (progress lines, which start with the command name, are left out). */
  private static List<String> lines(String s) {
    return s.lines().filter(l -> l.startsWith("[")).toList();
  }

  @Test
  void missingFileIsOneLineNamingIt() {
    Path missing = dir.resolve("nope.pdf");
    Run r = run("extract", missing.toString(), "--out", dir.resolve("out").toString());
    assertEquals(3, r.exit());
    assertEquals(List.of("[" + missing + "] no such file or directory"), lines(r.err()));
  }

  @Test
  void emptyFileIsOneLineNamingIt() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r = run("extract", empty.toString(), "--out", dir.resolve("out").toString());
    assertEquals(3, r.exit());
    assertEquals(List.of("[" + empty + "] empty file (0 bytes)"), lines(r.err()));
  }

  @Test
  void binaryThatIsNotADocumentIsUnsupported() throws Exception {
    Path blob = Files.write(dir.resolve("notice.bin"), noise());
    Run r = run("extract", blob.toString(), "--out", dir.resolve("out").toString());
    assertEquals(3, r.exit());
    List<String> err = lines(r.err());
    assertEquals(1, err.size(), r.err());
    assertTrue(err.get(0).startsWith("[" + blob + "] unsupported media type [application/octet-stream]"), err.get(0));
  }

  @Test
  void binaryNamedPdfIsACorruptPdf() throws Exception {
    Path blob = Files.write(dir.resolve("notice.pdf"), noise());
    Run r = run("extract", blob.toString(), "--out", dir.resolve("out").toString());
    assertEquals(3, r.exit());
    List<String> err = lines(r.err());
    assertEquals(1, err.size(), r.err());
    assertTrue(err.get(0).startsWith("[" + blob + "] corrupt PDF: "), err.get(0));
  }

  private static byte[] noise() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    return noise;
  }

  @Test
  void directoryRunKeepsGoingPastBadFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("../seeds/000_4ed772c9b4959484.txt"), in.resolve("a_good.txt"));
    Files.createFile(in.resolve("b_empty.txt"));
    Files.write(in.resolve("c_zip.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    Path out = dir.resolve("out");
    Run r = run("extract", in.toString(), "--out", out.toString());
    assertEquals(3, r.exit());
    assertTrue(Files.exists(out.resolve("a_good.json")), "the good file comes out");
    List<String> err = lines(r.err());
    assertEquals(2, err.size(), r.err());
    assertTrue(err.get(0).startsWith("[" + in.resolve("b_empty.txt") + "] "), err.get(0));
    assertTrue(err.get(1).startsWith("[" + in.resolve("c_zip.docx") + "] "), err.get(1));
    assertTrue(r.out().contains("3 in = 1 extracted + 0 skipped-not-a-document + 2 failed"), r.out());
    assertTrue(Files.readString(out.resolve("failures.jsonl")).contains("\"error\":\"empty\""), "failure report");
  }
}
