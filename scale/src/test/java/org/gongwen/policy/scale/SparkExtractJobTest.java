package org.gongwen.policy.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.gongwen.policy.batch.BatchRunner;
import org.gongwen.policy.batch.InputWalk;
import org.gongwen.policy.batch.Isolation;
import org.gongwen.policy.batch.Outcome;
import org.gongwen.policy.ingest.DocumentReaders;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark ({@code local[2]}, one session for the class) against the CLI's own batch path
 * ({@link BatchRunner} with in-process workers, the {@link InputWalk} and the standard pipeline, as
 * {@code policy extract} and {@code policy index} run them): the same documents byte for byte, the same
 * failure codes and skips, nothing lost, and reruns that extract only new content.
 */
class SparkExtractJobTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SHARED_DEV = ROOT.resolve("../shared/dev/docs").normalize();
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static SparkSession spark;
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("SparkExtractJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** What the CLI's batch path makes of these roots: path → outcome. */
  private static Map<String, Outcome> cli(List<Path> roots, long maxBytes) throws IOException {
    PolicyPipeline pipeline = PolicyPipeline.standard(maxBytes);
    Map<String, Outcome> outcomes = new TreeMap<>();
    new BatchRunner(2, maxBytes, Isolation.inProcess(f -> pipeline.process(f, false), TIMEOUT), (f, s, b) -> null)
        .run(new InputWalk(roots), o -> outcomes.put(o.file().toString(), o));
    return outcomes;
  }

  /** A run with one input partition per core (the default, four per core, is for clusters). */
  private static SparkExtractJob.Summary spark(List<Path> roots, Path out, long maxBytes) throws IOException {
    return new SparkExtractJob(spark, new SparkExtractJob.Settings(maxBytes, TIMEOUT, false, 2))
        .run(roots.stream().map(Path::toString).toList(), out.toString());
  }

  /** The lines of one run's dataset, part files in order; empty when the run wrote none. */
  private static List<String> lines(Path out, String dataset, int run) throws IOException {
    Path dir = out.resolve(dataset).resolve(String.format("run-%05d", run));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** path → the line's {@code key} field (or the whole line when key is null). */
  private Map<String, String> byFile(List<String> lines, String path, String key) throws IOException {
    Map<String, String> map = new TreeMap<>();
    for (String line : lines) {
      JsonNode node = mapper.readTree(line);
      String file = path.equals("source.file") ? node.path("source").path("file").asText() : node.path(path).asText();
      String old = map.put(file, key == null ? line : node.path(key).asText());
      assertEquals(null, old, "one line per input: " + file);
    }
    return map;
  }

  private static List<String> files(List<String> lines, ObjectMapper mapper, boolean document) throws IOException {
    List<String> files = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = mapper.readTree(line);
      files.add(document ? node.path("source").path("file").asText() : node.path("file").asText());
    }
    return files;
  }

  /** Compares a run's datasets with the CLI's outcomes, file by file. */
  private void assertSameAsCli(Map<String, Outcome> cli, Path out, int run) throws IOException {
    List<String> docLines = lines(out, "documents", run);
    Map<String, String> docs = byFile(docLines, "source.file", null);
    Map<String, String> failures = byFile(lines(out, "failures", run), "file", "error");
    Map<String, String> skipped = byFile(lines(out, "skipped", run), "file", "reason");
    List<String> docFiles = files(docLines, mapper, true);
    assertEquals(docFiles.stream().sorted().toList(), docFiles, "documents sorted by path");

    PolicyJson json = new PolicyJson();
    Map<String, String> expectedDocs = new TreeMap<>();
    Map<String, String> expectedFailures = new TreeMap<>();
    Map<String, String> expectedSkips = new TreeMap<>();
    for (Map.Entry<String, Outcome> e : cli.entrySet()) {
      if (e.getValue() instanceof Outcome.Done d) {
        expectedDocs.put(e.getKey(), json.toLine(d.document()));
      } else if (e.getValue() instanceof Outcome.Failed f) {
        expectedFailures.put(e.getKey(), f.error());
      } else if (e.getValue() instanceof Outcome.Skipped s) {
        expectedSkips.put(e.getKey(), s.reason());
      }
    }
    assertEquals(expectedDocs.keySet(), docs.keySet(), "the documents");
    for (String file : expectedDocs.keySet()) {
      assertEquals(expectedDocs.get(file), docs.get(file), "JSON of " + file);
    }
    assertEquals(expectedFailures, failures, "failure codes");
    assertEquals(expectedSkips, skipped, "skips");
  }

  @Test
  void documentsAreTheClisByteForByte() throws IOException {
    List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("seeds"), ROOT.resolve("samples")));
    if (Files.isDirectory(SHARED_DEV)) {
      roots.add(SHARED_DEV); // the 14 real notices, when ../shared is beside the checkout
    }
    Path out = Files.createTempDirectory("spark-extract-");
    SparkExtractJob.Summary summary = spark(roots, out, DocumentReaders.DEFAULT_MAX_BYTES);
    Map<String, Outcome> cli = cli(roots, DocumentReaders.DEFAULT_MAX_BYTES);

    assertEquals(1, summary.run());
    assertEquals(cli.size(), summary.in(), "nothing lost: one result per input file");
    assertTrue(summary.documents() >= 50, "documents: " + summary.documents());
    assertSameAsCli(cli, out, 1);
    assertSameAsGoldenFiles(byFile(lines(out, "documents", 1), "source.file", null));
  }

  /**
   * The module runs the pipeline on Spark's Jackson (2.15), the CLI on the project's (2.23): the documents
   * of the seeds and samples, printed as GoldenSamplesTest prints them, equal the golden files the CLI's
   * build checks.
   */
  private void assertSameAsGoldenFiles(Map<String, String> docs) throws IOException {
    PolicyJson json = new PolicyJson();
    int compared = 0;
    for (Map.Entry<String, String> e : docs.entrySet()) {
      Path file = Path.of(e.getKey());
      Path golden = ROOT.resolve("samples/expected").resolve(file.getFileName() + ".json");
      boolean repoSample = file.getParent().equals(ROOT.resolve("seeds")) || file.getParent().equals(ROOT.resolve("samples"));
      if (!repoSample || !Files.isRegularFile(golden)) {
        continue;
      }
      PolicyDocument doc = json.read(e.getValue());
      Source s = doc.source();
      doc = new PolicyDocument(doc.schema(), doc.id(), new Source(ROOT.relativize(file).toString(), s.mediaType(),
          s.sha256(), s.bytes(), s.charset(), s.pages()), doc.metadata(), doc.headings(), doc.tasks(),
          doc.targets(), doc.tables(), doc.warnings(), null);
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json.toPrettyJson(doc), "golden " + golden);
      compared++;
    }
    assertTrue(compared >= 10, "golden files compared: " + compared);
  }

  /** Empty, random bytes under a document name and under another, oversize, a truncated PDF, a good file. */
  private static Path badFolder(Path dir) throws IOException {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[3000];
    new Random(12).nextBytes(noise);
    Files.write(bad.resolve("noise.pdf"), noise);
    Files.write(bad.resolve("noise.dat"), noise);
    byte[] pdf = Files.readAllBytes(ROOT.resolve("samples/000_4ed772c9b4959484.pdf"));
    Files.write(bad.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
    String notice = Files.readString(ROOT.resolve("seeds/000_4ed772c9b4959484.txt"));
    Files.writeString(bad.resolve("huge.txt"), notice.repeat(3));
    Files.writeString(bad.resolve("good.txt"), notice);
    return bad;
  }

  @Test
  void badFilesGiveTheFailureCodesOfIndexAndRerunsExtractOnlyNewContent(@TempDir Path tmp) throws IOException {
    Path bad = badFolder(tmp);
    long maxBytes = 100 * 1024;
    Path named = bad.resolve("noise.dat");
    List<Path> roots = List.of(bad, tmp.resolve("does-not-exist.pdf"));
    Path out = tmp.resolve("out");

    SparkExtractJob.Summary first = spark(roots, out, maxBytes);
    Map<String, Outcome> cli = cli(roots, maxBytes);
    assertEquals(cli.size(), first.in(), "nothing lost");
    assertSameAsCli(cli, out, 1);
    Map<String, String> codes = byFile(lines(out, "failures", 1), "file", "error");
    assertEquals("empty", codes.get(bad.resolve("empty.txt").toString()));
    assertEquals("too-large", codes.get(bad.resolve("huge.txt").toString()));
    assertEquals("missing", codes.get(tmp.resolve("does-not-exist.pdf").toString()));
    assertTrue(codes.containsKey(bad.resolve("truncated.pdf").toString()), "a truncated PDF fails: " + codes);
    assertEquals(1, first.documents());

    // named on the command line, a file keeps its failure whatever its name (as in extract)
    Path out2 = tmp.resolve("out-named");
    spark(List.of(named), out2, maxBytes);
    assertEquals(cli(List.of(named), maxBytes).get(named.toString()) instanceof Outcome.Failed f ? f.error() : "?",
        byFile(lines(out2, "failures", 1), "file", "error").get(named.toString()));

    // rerun: the good file's content was extracted by run 1, the failures are tried again
    SparkExtractJob.Summary second = spark(roots, out, maxBytes);
    assertEquals(2, second.run());
    assertEquals(0, second.documents());
    assertEquals(1, second.unchanged());
    assertEquals(first.failed(), second.failed());
    assertEquals(first.in(), second.in());
    assertEquals(List.of(bad.resolve("good.txt").toString()), files(lines(out, "unchanged", 2), mapper, false));

    // new content under a new name is extracted; the same content under a new name is not
    Files.writeString(bad.resolve("copy.txt"), Files.readString(bad.resolve("good.txt")));
    Files.writeString(bad.resolve("other.txt"), Files.readString(ROOT.resolve("seeds/004_755fdc7e0c8d5ef0.txt")));
    SparkExtractJob.Summary third = spark(roots, out, maxBytes);
    assertEquals(3, third.run());
    assertEquals(List.of(bad.resolve("other.txt").toString()), files(lines(out, "documents", 3), mapper, true));
    assertEquals(2, third.unchanged());
    assertTrue(Files.readString(out.resolve("runs/run-00003.json")).contains("\"documents\":1"));
  }

  @Test
  void jsonLinesAreTheSameWhateverThePartitioning(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> mini = Files.list(ROOT.resolve("samples/mini"))) {
      for (Path p : mini.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Files.copy(ROOT.resolve("seeds/004_755fdc7e0c8d5ef0.txt"), in.resolve("seed.txt"));
    Files.writeString(in.resolve("notes.md"), "# not a notice\n");
    List<String> roots = List.of(in.toString());
    Path one = tmp.resolve("one");
    Path many = tmp.resolve("many");
    new SparkExtractJob(spark, new SparkExtractJob.Settings(DocumentReaders.DEFAULT_MAX_BYTES, TIMEOUT, false, 1))
        .run(roots, one.toString());
    new SparkExtractJob(spark, new SparkExtractJob.Settings(DocumentReaders.DEFAULT_MAX_BYTES, TIMEOUT, false, 5))
        .run(roots, many.toString());
    List<String> a = lines(one, "documents", 1);
    assertEquals(7, a.size(), "documents");
    assertEquals(a, lines(many, "documents", 1));
    assertEquals(lines(one, "skipped", 1), lines(many, "skipped", 1));
  }
}
