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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line conventions, checked on the packaged CLI: {@code bin/policy} (with its
 * fast-start flags and the AppCDS archive the build wrote) and {@code java -jar policy.jar}, each a new
 * process with real stdin, stdout bytes, stderr and exit code. Inputs are the seeds and their renderings
 * under samples/.
 */
class CliJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEED = Path.of("..", "seeds", "000_4ed772c9b4959484.txt").toAbsolutePath().normalize();
  private static final Path SEED2 = Path.of("..", "seeds", "004_755fdc7e0c8d5ef0.txt").toAbsolutePath().normalize();
  private static final Path HTML = Path.of("..", "samples", "000_4ed772c9b4959484.html").toAbsolutePath().normalize();

  @TempDir
  static Path tmp;

  private static PackagedCli policy;
  private static PackagedCli jar;
  private static String index;

  @BeforeAll
  static void indexTheSeeds() throws Exception {
    policy = PackagedCli.launcher(tmp);
    jar = PackagedCli.jar(tmp);
    index = tmp.resolve("seeds-index").toString();
    PackagedCli.Run run = policy.run(tmp, "index", SEED.getParent().toString(), "--index", index, "--with-text",
        "--isolation", "in-process", "-q");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.text().startsWith("2 in = 2 indexed + "), run.text());
  }

  private static Path dir(String name) throws IOException {
    return Files.createDirectories(tmp.resolve(name));
  }

  // --- extract: one file to stdout, stdin, --out -

  @Test
  void extractOfOneFilePrintsItsJsonAndOutDashIsTheSame() throws Exception {
    Path work = dir("single");
    PackagedCli.Run plain = policy.run(work, "extract", SEED.toString());
    PackagedCli.Run dash = policy.run(work, "extract", SEED.toString(), "--out", "-");
    PackagedCli.Run viaJar = jar.run(work, "extract", SEED.toString());
    assertEquals(0, plain.exit(), plain.err());
    JsonNode doc = JSON.readTree(plain.out());
    assertEquals("policy-doc/1", doc.get("schema").asText());
    assertEquals(SEED.toString(), doc.get("source").get("file").asText());
    assertTrue(doc.get("tasks").size() > 10, "tasks: " + doc.get("tasks").size());
    assertArrayEquals(plain.out(), dash.out(), "--out - is the same as no --out");
    assertArrayEquals(plain.out(), viaJar.out(), "bin/policy's fast-start flags change no byte of the output");
    try (var files = Files.list(work)) {
      assertEquals(List.of(), files.toList(), "nothing written to the working directory (no folder named -)");
    }
  }

  @Test
  void extractDashReadsTheDocumentFromStdin() throws Exception {
    Path work = dir("stdin");
    PackagedCli.Run run = policy.run(work, Files.readAllBytes(SEED), "extract", "-");
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("-", doc.get("source").get("file").asText());
    assertTrue(doc.get("tasks").size() > 10);
    PackagedCli.Run empty = policy.run(work, new byte[0], "extract", "-");
    assertEquals(3, empty.exit(), "an unreadable input is exit 3");
    assertTrue(empty.err().contains("[-]") && empty.err().contains("empty"), empty.err());
    assertEquals(0, empty.out().length);
  }

  // --- exit codes and the accounting of index

  @Test
  void indexAccountsForEveryInputAndExitsZeroOrThree() throws Exception {
    Path in = dir("accounting/in");
    Files.copy(SEED, in.resolve("notice.txt"));
    Files.writeString(in.resolve("README.md"), "# notes on this folder\n");
    String idx = tmp.resolve("accounting/index").toString();

    PackagedCli.Run first = policy.run(tmp, "index", in.toString(), "--index", idx, "--threads", "1", "-q");
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.text().startsWith(
        "2 in = 1 indexed + 0 skipped-unchanged + 1 skipped-not-a-document + 0 duplicate + 0 failed"), first.text());

    PackagedCli.Run again = policy.run(tmp, "index", in.toString(), "--index", idx, "--threads", "1", "-q");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.text().startsWith(
        "2 in = 0 indexed + 1 skipped-unchanged + 1 skipped-not-a-document + 0 duplicate + 0 failed"), again.text());

    Path broken = Files.write(in.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
    PackagedCli.Run failed = policy.run(tmp, "index", in.toString(), "--index", idx, "--threads", "1", "-q");
    assertEquals(3, failed.exit(), "a failed input is exit 3: " + failed.text() + failed.err());
    assertTrue(failed.text().startsWith(
        "3 in = 0 indexed + 1 skipped-unchanged + 1 skipped-not-a-document + 0 duplicate + 1 failed"), failed.text());
    assertTrue(failed.err().contains("[" + broken + "]"), "stderr names the file: " + failed.err());
    assertTrue(Files.readString(Path.of(idx + ".failures.jsonl")).contains("broken.pdf"));
  }

  @Test
  void usageErrorsExitTwoAndOtherErrorsExitOne() throws Exception {
    PackagedCli.Run usage = policy.run(tmp, "search", "人才", "--index", index, "--no-such-option");
    assertEquals(2, usage.exit(), usage.err());
    assertTrue(usage.err().contains("'--no-such-option'"), usage.err());
    PackagedCli.Run missing = policy.run(tmp, "index", SEED.toString());
    assertEquals(2, missing.exit(), missing.err());
    assertTrue(missing.err().contains("--index"), missing.err());
    PackagedCli.Run badQuery = policy.run(tmp, "search", "人才 AND", "--index", index);
    assertEquals(2, badQuery.exit(), badQuery.err());
    assertTrue(badQuery.err().contains("supported: "), badQuery.err());

    PackagedCli.Run notIndexed = policy.run(tmp, "delete", "--index", index, "--file", "/no/such/notice.txt");
    assertEquals(3, notIndexed.exit(), "a named input that fails is exit 3: " + notIndexed.err());
    assertTrue(notIndexed.err().contains("[/no/such/notice.txt] not in the index"), notIndexed.err());
    Path file = Files.writeString(tmp.resolve("a-file-not-a-folder"), "x");
    PackagedCli.Run noIndex = policy.run(tmp, "delete", "--index", file.toString(), "--file", SEED.toString());
    assertEquals(1, noIndex.exit(), "an unusable index is exit 1: " + noIndex.text() + noIndex.err());
    PackagedCli.Run unwritable = policy.run(tmp, "extract", SEED.toString(), SEED2.toString(), "--out", file.toString(),
        "-q");
    assertEquals(1, unwritable.exit(), unwritable.text() + unwritable.err());
    assertTrue(unwritable.err().contains(file.toString()), unwritable.err());
  }

  @Test
  void includeAndExcludeChooseTheInputs() throws Exception {
    Path in = dir("globs/in");
    Files.copy(SEED, in.resolve("a.txt"));
    Files.copy(SEED2, Files.createDirectories(in.resolve("drafts")).resolve("b.txt"));
    Files.copy(HTML, in.resolve("c.html"));
    Path onlyTxt = tmp.resolve("globs/only-txt");
    PackagedCli.Run included = policy.run(tmp, "extract", in.toString(), "--out", onlyTxt.toString(), "--include",
        "*.txt", "--isolation", "in-process", "-q");
    assertEquals(0, included.exit(), included.err());
    assertTrue(included.text().startsWith("2 in = 2 extracted"), included.text());
    assertEquals(List.of("a.json", "b.json"), jsonFiles(onlyTxt));

    Path noDrafts = tmp.resolve("globs/no-drafts");
    PackagedCli.Run excluded = policy.run(tmp, "extract", in.toString(), "--out", noDrafts.toString(), "--exclude",
        "drafts", "--isolation", "in-process", "-q");
    assertEquals(0, excluded.exit(), excluded.err());
    assertTrue(excluded.text().startsWith("2 in = 2 extracted"), excluded.text());
    assertEquals(List.of("a.json", "c.json"), jsonFiles(noDrafts));
  }

  private static List<String> jsonFiles(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void quietSilencesProgressThatOtherwiseGoesToStderr() throws Exception {
    Path in = dir("progress/in");
    Files.copy(SEED, in.resolve("a.txt"));
    Files.copy(SEED2, in.resolve("b.txt"));
    PackagedCli.Run loud = policy.run(tmp, "extract", in.toString(), "--out", tmp.resolve("progress/loud").toString(),
        "--isolation", "in-process", "--progress-interval", "0");
    assertEquals(0, loud.exit(), loud.err());
    assertTrue(loud.err().contains("extract: 2/2 files"), "progress lines on stderr: " + loud.err());
    assertTrue(loud.text().startsWith("2 in = 2 extracted"), "the summary stays on stdout: " + loud.text());
    PackagedCli.Run quiet = policy.run(tmp, "extract", in.toString(), "--out", tmp.resolve("progress/quiet").toString(),
        "--isolation", "in-process", "--progress-interval", "0", "-q");
    assertEquals(0, quiet.exit(), quiet.err());
    assertEquals("", quiet.err());
    assertEquals(loud.text().replace("progress/loud", "progress/quiet"), quiet.text());
    PackagedCli.Run verbose = policy.run(tmp, "stats", "--index", index, "-v");
    assertEquals(0, verbose.exit(), verbose.err());
    assertTrue(verbose.text().startsWith("documents: 2\n"), verbose.text());
  }

  // --- fast start (README "Fast start")

  @Test
  void theLauncherMapsTheClassArchiveTheBuildWrote() throws Exception {
    Path archive = PackagedCli.existing("policy.jar").resolveSibling("policy.jsa");
    assertTrue(Files.isRegularFile(archive), "the package phase writes " + archive);
    // -Xshare:on makes the JVM refuse to start when it cannot map an archive it was given
    PackagedCli.Run run = policy.with("POLICY_JAVA_OPTS", "-Xshare:on").run(tmp, "--version");
    assertEquals(0, run.exit(), "bin/policy passes a usable archive: " + run.text() + run.err());
    assertTrue(run.text().startsWith("policy "), run.text());
  }

  @Test
  void aStaleArchiveIsIgnoredWithoutAMessage() throws Exception {
    Path dir = dir("stale");
    Path jarCopy = Files.copy(PackagedCli.existing("policy.jar"), dir.resolve("policy.jar"));
    Files.copy(PackagedCli.existing("policy.jar").resolveSibling("policy.jsa"), dir.resolve("policy.jsa"));
    // the copy's path and time differ from the jar the archive was made from
    PackagedCli stale = policy.with("POLICY_JAR", jarCopy.toString());
    assertEquals(1, stale.with("POLICY_JAVA_OPTS", "-Xshare:on").run(tmp, "--version").exit(),
        "the JVM itself rejects the archive for this jar");
    PackagedCli.Run run = stale.run(tmp, "extract", SEED.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err(), "no warning on stderr");
    assertEquals("policy-doc/1", JSON.readTree(run.out()).get("schema").asText(), "stdout is only the JSON");
  }

  // --- version, completion, manual page

  @Test
  void versionNamesTheLibrariesThatDecideTheResults() throws Exception {
    PackagedCli.Run run = jar.run(tmp, "--version");
    assertEquals(0, run.exit(), run.err());
    for (String lib : List.of("lucene-core 9.", "tika-core 3.", "pdfbox 3.", "hanlp portable", "jackson-databind 2.",
        "picocli 4.", "java ")) {
      assertTrue(run.text().contains(lib), lib + " in " + run.text());
    }
    assertFalse(run.text().contains("unknown"), "every version read from the packaged jar: " + run.text());
  }

  @Test
  void completionScriptAndManualPage() throws Exception {
    PackagedCli.Run completion = policy.run(tmp, "generate-completion");
    assertEquals(0, completion.exit(), completion.err());
    assertTrue(completion.text().contains("complete -F"), completion.text());
    assertTrue(completion.text().contains("extract") && completion.text().contains("--index"));
    PackagedCli.Run man = policy.run(tmp, "man");
    assertEquals(0, man.exit(), man.err());
    assertTrue(man.text().startsWith(".TH POLICY 1"), man.text());
    assertTrue(man.text().contains(".SS search"), man.text());
  }

  // --- search and compare

  private static int total(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search"));
    all.addAll(List.of(args));
    all.addAll(List.of("--index", index, "--json"));
    PackagedCli.Run run = policy.run(tmp, all.toArray(String[]::new));
    assertEquals(0, run.exit(), String.join(" ", all) + ": " + run.err());
    return JSON.readTree(run.out()).get("total").asInt();
  }

  @Test
  void booleanOperatorsAndPhrasesCombineAsLuceneSays() throws Exception {
    int a = total("人才");
    int b = total("数字经济");
    int both = total("人才 AND 数字经济");
    int either = total("人才 OR 数字经济");
    int aNotB = total("人才 -数字经济");
    assertTrue(a > 0 && b > 0 && both > 0, a + " " + b + " " + both);
    assertTrue(both <= Math.min(a, b) && either >= Math.max(a, b), a + " " + b + " " + both + " " + either);
    assertEquals(a, both + aNotB, "人才 = (人才 AND 数字经济) + (人才 NOT 数字经济)");
    assertEquals(aNotB, total("人才 NOT 数字经济"));
    int phrase = total("\"高新技术企业\"");
    assertTrue(phrase > 0 && phrase <= total("高新技术企业"), "a phrase is at most its words: " + phrase);
  }

  @Test
  void issuerMatchesAPartOfTheIssuingOrgan() throws Exception {
    PackagedCli.Run run = policy.run(tmp, "search", "type:document", "--issuer", "鹿城区", "--index", index, "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode hits = JSON.readTree(run.out()).get("hits");
    assertTrue(hits.size() > 0, run.text());
    for (JsonNode hit : hits) {
      assertTrue(hit.get("issuers").toString().contains("鹿城区"), hit.toString());
    }
    assertEquals(0, total("type:document", "--issuer", "黑龙江省"));
  }

  @Test
  void csvExportStartsWithABomAndCompareIsAPivot() throws Exception {
    PackagedCli.Run csv = policy.run(tmp, "search", "高新技术企业", "type:target", "--index", index, "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.out(), 3));
    assertTrue(csv.text().contains("rank,type,score,title,indicator,value"), csv.text());

    PackagedCli.Run pivot = policy.run(tmp, "compare", "高新技术企业", "--index", index);
    assertEquals(0, pivot.exit(), pivot.err());
    String header = pivot.text().lines().findFirst().orElse("");
    assertTrue(header.matches("indicator +kind +unit +comparator +issuer +scope( +\\d{4})+"), header);

    PackagedCli.Run xlsx = policy.run(tmp, "compare", "高新技术企业", "--index", index, "--format", "xlsx");
    assertEquals(0, xlsx.exit(), xlsx.err());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.out()))) {
      assertEquals("indicator", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
      assertEquals("kind", book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
    }
  }

  // --- delete brings back a republished copy

  @Test
  void deletingANoticeIndexesItsRepublishedCopy() throws Exception {
    String idx = tmp.resolve("republished/index").toString();
    PackagedCli.Run indexed = policy.run(tmp, "index", SEED.toString(), HTML.toString(), "--index", idx,
        "--isolation", "in-process", "-q");
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(indexed.text().contains("2 in = 1 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 1 duplicate"),
        indexed.text());
    assertEquals(List.of(SEED.toString()), documentFiles(idx));

    PackagedCli.Run deleted = policy.run(tmp, "delete", "--index", idx, "--file", SEED.toString());
    assertEquals(0, deleted.exit(), deleted.err());
    assertTrue(deleted.text().contains("[" + SEED + "] its copy [" + HTML + "]"), deleted.text());
    assertEquals(List.of(HTML.toString()), documentFiles(idx));
  }

  private static List<String> documentFiles(String idx) throws Exception {
    PackagedCli.Run run = policy.run(tmp, "search", "type:document", "--index", idx, "--json");
    assertEquals(0, run.exit(), run.err());
    List<String> files = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach(h -> files.add(h.get("file").asText()));
    return files;
  }
}
