package org.gongwen.policy.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Reads a page image with the {@code tesseract} command (Debian packages {@code tesseract-ocr
 * tesseract-ocr-chi-sim}), language {@code chi_sim} (its model also reads digits and Latin letters), and
 * returns the recognised words as {@link Glyph}s in page coordinates, so that the page is rebuilt by the
 * same {@link PageLayout} rules as a text layer (lines, paragraphs, heading markers, page numbers).
 *
 * <p>The command line rather than Tess4J: no native library is loaded into the JVM (a crash or a hang in
 * Tesseract kills a child process that a time limit can stop, never the batch), nothing is added to the
 * build, and the tool is the distribution's own package, found on {@code PATH}. Words come from
 * Tesseract's TSV output: each word with its line's box, so all words of a line share one baseline.
 */
public final class TesseractOcr {

  /** The language data read. */
  public static final String LANGUAGE = "chi_sim";
  /** Seconds one page may take. */
  private static final long PAGE_SECONDS = 180;

  private final String command;

  /** Tesseract found on {@code PATH}. */
  public TesseractOcr() {
    this("tesseract");
  }

  TesseractOcr(String command) {
    this.command = command;
  }

  /**
   * Why OCR cannot run here, in one line, or null when Tesseract and its {@code chi_sim} data are
   * installed.
   */
  public String unavailable() {
    String langs;
    try {
      langs = run(List.of(command, "--list-langs"), 20);
    } catch (IOException e) {
      return "OCR needs Tesseract, which is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim";
    }
    for (String line : langs.split("\n")) {
      if (line.strip().equals(LANGUAGE)) {
        return null;
      }
    }
    return "OCR needs Tesseract's " + LANGUAGE + " language data, which is not installed: "
        + "apt-get install tesseract-ocr-chi-sim";
  }

  /**
   * The words Tesseract reads in {@code image}, rendered at {@code dpi}, in page points.
   *
   * @throws IOException when Tesseract cannot be run or fails on the image
   */
  public List<Glyph> read(BufferedImage image, float dpi) throws IOException {
    Path png = Files.createTempFile("policy-ocr-", ".png");
    try {
      ImageIO.write(image, "png", png.toFile());
      String tsv = run(List.of(command, png.toString(), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"),
          PAGE_SECONDS);
      return glyphs(tsv, 72f / dpi);
    } finally {
      Files.deleteIfExists(png);
    }
  }

  /**
   * Glyphs from Tesseract's TSV ({@code level page_num block_num par_num line_num word_num left top width
   * height conf text}): a word (level 5) sits on the baseline of its line (level 4), the bottom of the
   * line's box, and its size is the line's height; coordinates are scaled by {@code scale} (points per
   * pixel). Empty words and words Tesseract gives no confidence are left out.
   */
  static List<Glyph> glyphs(String tsv, float scale) {
    List<Glyph> out = new ArrayList<>();
    float lineBottom = 0;
    float lineHeight = 0;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].matches("\\d+")) {
        continue;
      }
      int level = Integer.parseInt(f[0]);
      float left = Float.parseFloat(f[6]);
      float top = Float.parseFloat(f[7]);
      float width = Float.parseFloat(f[8]);
      float height = Float.parseFloat(f[9]);
      if (level == 4) {
        lineBottom = top + height;
        lineHeight = height;
      } else if (level == 5) {
        String text = f[11].strip();
        if (text.isEmpty() || Float.parseFloat(f[10]) < 0) {
          continue;
        }
        float size = Math.max(lineHeight, height) * scale;
        out.add(new Glyph(text, left * scale, lineBottom * scale, width * scale, size));
      }
    }
    return out;
  }

  /** Runs the command with its output in a temporary file, so that the time limit holds even if it hangs. */
  private static String run(List<String> args, long seconds) throws IOException {
    Path out = Files.createTempFile("policy-ocr-", ".out");
    try {
      ProcessBuilder builder = new ProcessBuilder(args)
          .redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      Process process = builder.start();
      try {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IOException("tesseract took longer than " + seconds + " s");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for tesseract", e);
      }
      if (process.exitValue() != 0) {
        throw new IOException("tesseract failed with exit code " + process.exitValue());
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
