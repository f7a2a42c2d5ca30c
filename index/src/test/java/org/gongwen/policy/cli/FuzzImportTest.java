package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.policy.json.PolicyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: bounded fuzz of the bulk importer. Mutants of every sample format (UTF-8, UTF-16 without
 * BOM and GB18030 text, HTML, DOCX, DOC, a 3-page cut of the sample PDF) with a fixed seed go through
 * the real {@code extract} command; every mutant must come out extracted or with a typed failure (no
 * {@code internal}, no {@code timeout}), the run must end, and its accounting line must add up.
 *
 * <p>Default: 25 mutants per format (175 files), under 2 minutes on the project machine. The longer run is
 * the same test with more mutants and another seed, e.g.
 * {@code mvn -o -q test -pl index -am -Dtest=FuzzImportTest -Dfuzz.perFormat=500 -Dfuzz.seed=2}
 * (figures in docs/bulk-import.md).
 */
class FuzzImportTest {

  private static final Set<String> TYPED = Set.of("missing", "empty", "too-large", "unsupported-type",
      "encrypted", "no-text-layer", "corrupt", "unreadable");

  @TempDir
  Path tmp;

  @Test
  void everyMutantIsExtractedOrFailsWithATypedCode() throws Exception {
    int perFormat = Integer.getInteger("fuzz.perFormat", 25);
    long seed = Long.getLong("fuzz.seed", 13);
    List<Path> bases = bases(Files.createDirectories(tmp.resolve("bases")));
    Path in = tmp.resolve("in");
    List<Path> mutants = new Mutants(seed).write(bases, perFormat, in);
    Path out = tmp.resolve("out");

    long start = System.nanoTime();
    // a backstop only: a hanging file ends as a timeout failure after 60 s, which the assertions refuse
    Duration limit = Duration.ofSeconds(Math.max(600, 2L * perFormat * bases.size()));
    CommandRun run = assertTimeoutPreemptively(limit, () -> CommandRun.of(new ExtractCommand(), in.toString(),
        "--out", out.toString(), "-q", "--isolation", "in-process", "--threads", "2", "--timeout", "60"),
        "the run ends");
    String summary = run.out().lines().findFirst().orElseThrow();
    long seconds = (System.nanoTime() - start) / 1_000_000_000;

    PolicyJson json = new PolicyJson();
    Map<String, Integer> codes = new TreeMap<>();
    Set<String> failed = new HashSet<>();
    List<String> untyped = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("failures.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.mapper().readTree(line);
      String code = node.get("error").asText();
      codes.merge(code, 1, Integer::sum);
      failed.add(node.get("file").asText());
      if (!TYPED.contains(code)) {
        untyped.add(node.get("message").asText());
      }
    }
    long extracted;
    try (Stream<Path> files = Files.list(out)) {
      extracted = files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
    }
    long skipped = Files.readAllLines(out.resolve("skipped.jsonl")).size();
    System.out.printf("fuzz: %d mutants of %d formats (seed %d) in %d s: %d extracted, %d skipped, %s%n",
        mutants.size(), bases.size(), seed, seconds, extracted, skipped, codes);

    assertTrue(untyped.isEmpty(), "untyped failures (internal, timeout, crashed): " + untyped);
    assertEquals(mutants.size() + " in = " + extracted + " extracted + " + skipped + " skipped-not-a-document + "
        + failed.size() + " failed; output in " + out, summary);
    assertEquals(mutants.size(), extracted + skipped + failed.size(), "every mutant in exactly one place");
    assertEquals(failed.isEmpty() ? 0 : 3, run.exit());
  }

  /** One file per sample format; the PDF cut to its first 3 pages to keep the run short. */
  private static List<Path> bases(Path dir) throws IOException {
    Path seed = Path.of("../seeds/004_755fdc7e0c8d5ef0.txt");
    Path samples = Path.of("../samples");
    List<Path> bases = new ArrayList<>();
    bases.add(Files.copy(seed, dir.resolve("utf8.txt")));
    bases.add(Files.write(dir.resolve("utf16.txt"), Files.readString(seed).getBytes(StandardCharsets.UTF_16LE)));
    bases.add(Files.copy(samples.resolve("004_755fdc7e0c8d5ef0.gb18030.txt"), dir.resolve("gb18030.txt")));
    bases.add(Files.copy(samples.resolve("004_755fdc7e0c8d5ef0.html"), dir.resolve("page.html")));
    bases.add(Files.copy(samples.resolve("004_755fdc7e0c8d5ef0.docx"), dir.resolve("word.docx")));
    bases.add(Files.copy(samples.resolve("004_755fdc7e0c8d5ef0.doc"), dir.resolve("word97.doc")));
    try (PDDocument pdf = Loader.loadPDF(samples.resolve("004_755fdc7e0c8d5ef0.pdf").toFile())) {
      while (pdf.getNumberOfPages() > 3) {
        pdf.removePage(pdf.getNumberOfPages() - 1);
      }
      Path cut = dir.resolve("print.pdf");
      pdf.save(cut.toFile());
      bases.add(cut);
    }
    return bases;
  }
}
