package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as users run it: {@link Main} in a child JVM (what {@code policy.jar} and {@code bin/policy}
 * start), with real stdin, stdout bytes, stderr and exit code.
 */
class CliProcessTest {

  private static final Path SEED = Path.of("..", "seeds", "000_4ed772c9b4959484.txt");

  @TempDir
  static Path tmp;

  private static Path index;

  record Run(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  static Run policy(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(err.toFile()).start();
    if (stdin != null) {
      p.getOutputStream().write(stdin);
    }
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void buildIndex() throws IOException {
    index = tmp.resolve("idx");
    CommandRun run = CommandRun.of(new IndexCommand(), Path.of("..", "seeds").toString(), "--index", index.toString(),
        "--with-text", "--isolation", "in-process", "-q");
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void extractFromStdinPrintsJsonToStdout() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("stdin"));
    Run run = policy(work, Files.readAllBytes(SEED), "extract", "-");
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals("policy-doc/1", doc.get("schema").asText());
    assertEquals("-", doc.get("source").get("file").asText());
    assertTrue(doc.get("tasks").size() > 10);
    try (var files = Files.list(work)) {
      assertEquals(0, files.count(), "nothing written to the working directory");
    }
  }

  @Test
  void aSingleFileWithoutOutOrWithOutDashPrintsItsJson() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("single"));
    Path seed = SEED.toAbsolutePath().normalize();
    Run plain = policy(work, null, "extract", seed.toString());
    Run dash = policy(work, null, "extract", seed.toString(), "--out", "-");
    assertEquals(0, plain.exit(), plain.err());
    assertArrayEquals(plain.out(), dash.out(), "--out - is the same as no --out");
    assertEquals(seed.toString(), new ObjectMapper().readTree(plain.out()).get("source").get("file").asText());
    assertFalse(Files.exists(work.resolve("-")), "no folder named -");
  }

  @Test
  void unreadableStdinExitsThreeWithTheReason() throws Exception {
    Run run = policy(tmp, new byte[0], "extract", "-");
    assertEquals(3, run.exit());
    assertTrue(run.err().contains("[-]") && run.err().contains("empty"), run.err());
    assertEquals(0, run.out().length);
  }

  @Test
  void versionNamesTheLibraries() throws Exception {
    Run run = policy(tmp, null, "--version");
    assertEquals(0, run.exit(), run.err());
    for (String lib : List.of("lucene-core 9.", "tika-core 3.", "pdfbox 3.", "hanlp portable", "jackson-databind 2.",
        "picocli 4.", "java ")) {
      assertTrue(run.text().contains(lib), lib + " in " + run.text());
    }
  }

  @Test
  void completionScriptAndManPage() throws Exception {
    Run completion = policy(tmp, null, "generate-completion");
    assertEquals(0, completion.exit(), completion.err());
    assertTrue(completion.text().contains("complete -F"), completion.text());
    assertTrue(completion.text().contains("extract") && completion.text().contains("--index"));
    Run man = policy(tmp, null, "man");
    assertEquals(0, man.exit(), man.err());
    assertTrue(man.text().startsWith(".TH POLICY 1"), man.text());
    assertTrue(man.text().contains(".SS search") && man.text().contains("\\-\\-facets") || man.text().contains("--facets"));
  }

  @Test
  void booleanQueriesFindHitsAndBadOnesSayWhatIsSupported() throws Exception {
    Run and = policy(tmp, null, "search", "数字经济 AND 人才", "--index", index.toString(), "--json");
    assertEquals(0, and.exit(), and.err());
    assertTrue(new ObjectMapper().readTree(and.out()).get("total").asInt() > 0, and.text());
    Run bad = policy(tmp, null, "search", "人才 AND", "--index", index.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("supported: "), bad.err());
  }

  @Test
  void searchCsvHasABomAndCompareXlsxOpens() throws Exception {
    Run csv = policy(tmp, null, "search", "高新技术企业", "type:target", "--index", index.toString(), "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.out(), 3));
    assertTrue(csv.text().contains("rank,type,score,title,indicator,value"), csv.text());
    Run xlsx = policy(tmp, null, "compare", "高新技术企业", "--index", index.toString(), "--format", "xlsx");
    assertEquals(0, xlsx.exit(), xlsx.err());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.out()))) {
      assertEquals("indicator", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
      assertEquals("kind", book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
    }
  }

  @Test
  void quietAndVerboseOnEveryCommand() {
    for (String command : List.of("extract", "index", "search", "compare", "stats", "delete", "evaluate", "corpus")) {
      java.io.StringWriter help = new java.io.StringWriter();
      picocli.CommandLine cli = Main.commandLine();
      cli.setOut(new java.io.PrintWriter(help, true));
      assertEquals(0, cli.execute(command, "--help"));
      assertTrue(help.toString().contains("-q, --quiet") && help.toString().contains("-v, --verbose"),
          command + ": " + help);
    }
  }
}
