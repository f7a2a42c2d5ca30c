package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Reads the real sample PDFs rendered from the seeds (LibreOffice, GB/T 9704 layout) and compares with
 * the seed text. Skipped when {@code ../samples} (or {@code -Dsamples.dir}) holds no PDF with a seed.
 */
class PdfReaderSampleTest {

  private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^\\s*[-—－]\\s*\\d+\\s*[-—－]\\s*$");
  private static final Pattern SPACE_IN_HAN = Pattern.compile("\\p{IsHan} \\p{IsHan}");

  @Test
  void samplesMatchTheirSeeds() throws Exception {
    Path samples = Path.of(System.getProperty("samples.dir", "../samples"));
    Path seeds = Path.of(System.getProperty("seeds.dir", "../seeds"));
    assumeTrue(Files.isDirectory(samples) && Files.isDirectory(seeds), "no samples directory");
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(samples)) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    int checked = 0;
    for (Path pdf : pdfs) {
      String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
      Path seed = seeds.resolve(stem + ".txt");
      if (!Files.exists(seed)) {
        continue;
      }
      check(pdf, Files.readString(seed, StandardCharsets.UTF_8));
      checked++;
    }
    assumeTrue(checked > 0, "no sample PDF with a seed");
  }

  private static void check(Path pdf, String seed) throws InputException, IOException {
    ExtractedText got = new PdfReader(Lexicon.standard()).read(pdf, "application/pdf");
    String text = got.text();
    assertTrue(got.warnings().isEmpty(), pdf + ": " + got.warnings());
    assertFalse(PAGE_NUMBER.matcher(text).find(), pdf + ": a page number is left");
    assertEquals(seed.contains("\t"), text.contains("\t"), pdf + ": tables");
    assertTrue(count(SPACE_IN_HAN, text) <= count(SPACE_IN_HAN, seed), pdf + ": spaces between Han characters");
    double shared = sharedBigrams(seed, text);
    assertTrue(shared >= 0.97, pdf + ": only " + shared + " of the seed's character pairs found");
    assertEquals(0, (int) got.pageStarts().get(0));
  }

  private static long count(Pattern p, String s) {
    return p.matcher(s).results().count();
  }

  /** Share of the seed's adjacent non-space character pairs that also occur in the text. */
  private static double sharedBigrams(String seed, String text) {
    Set<String> have = bigrams(text);
    Set<String> want = bigrams(seed);
    long found = want.stream().filter(have::contains).count();
    return want.isEmpty() ? 1.0 : (double) found / want.size();
  }

  private static Set<String> bigrams(String s) {
    String t = s.replaceAll("\\s+", "");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }
}
