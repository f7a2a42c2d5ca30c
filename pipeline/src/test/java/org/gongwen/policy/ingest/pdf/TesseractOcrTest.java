package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.gongwen.policy.lexicon.Lexicon;

/** Tesseract's TSV into glyphs, and the one-line message when Tesseract is missing (no Tesseract needed). */
class TesseractOcrTest {

  private static final String TSV = String.join("\n",
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
      "4\t1\t1\t1\t1\t0\t300\t400\t1200\t60\t-1\t",
      "5\t1\t1\t1\t1\t1\t300\t405\t120\t55\t91.5\t二、",
      "5\t1\t1\t1\t1\t2\t425\t402\t240\t58\t95.0\t主要任务",
      "5\t1\t1\t1\t1\t3\t700\t402\t10\t58\t-1\t ",
      "4\t1\t1\t1\t2\t0\t300\t500\t1800\t62\t-1\t",
      "5\t1\t1\t1\t2\t1\t300\t500\t1800\t62\t88.0\t（一）建立区域协作机制。");

  @Test
  void wordsSitOnTheirLinesBaselineInPoints() {
    float scale = 72f / 300f;
    List<Glyph> glyphs = TesseractOcr.glyphs(TSV, scale);
    assertEquals(3, glyphs.size());
    assertEquals("二、", glyphs.get(0).text());
    assertEquals(460 * scale, glyphs.get(0).baseline(), 0.01);
    assertEquals(glyphs.get(0).baseline(), glyphs.get(1).baseline(), 0.001);
    assertEquals(300 * scale, glyphs.get(0).x(), 0.01);
    assertEquals(562 * scale, glyphs.get(2).baseline(), 0.01);
  }

  @Test
  void ocrGlyphsBecomeLinesAndBlocks() {
    String text = new PageLayout(Lexicon.standard()).render(TesseractOcr.glyphs(TSV, 72f / 300f), List.of(), 842f);
    assertEquals("二、主要任务\n\n（一）建立区域协作机制。", text);
  }

  @Test
  void missingTesseractIsSaidInOneLine() {
    String why = new TesseractOcr("/nonexistent/tesseract").unavailable();
    assertTrue(why.startsWith("OCR needs Tesseract, which is not installed") && !why.contains("\n"), why);
  }
}
