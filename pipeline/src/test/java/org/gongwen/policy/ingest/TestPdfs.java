package org.gongwen.policy.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds small test PDFs with PDFBox and a Standard 14 font (Courier: every glyph 0.6 em wide), so tests
 * need no system fonts. Coordinates are PDF user space: y grows upwards from the bottom of an A4 page.
 */
final class TestPdfs {

  static final float SIZE = 10f;
  static final float CHAR = 6f; // Courier advance at 10 pt

  /** Something to draw on a page. */
  sealed interface Item permits Text, Line, Bar {}

  /** Text with its baseline starting at (x, y). */
  record Text(float x, float y, String text) implements Item {}

  /** A stroked line segment. */
  record Line(float x1, float y1, float x2, float y2) implements Item {}

  /** A filled rectangle (a thin one is how many producers draw rules). */
  record Bar(float x, float y, float w, float h) implements Item {}

  private TestPdfs() {}

  /** Writes a PDF with one page per list of items. */
  static Path write(Path file, List<List<Item>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      fill(doc, pages);
      doc.save(file.toFile());
    }
    return file;
  }

  static void fill(PDDocument doc, List<List<Item>> pages) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
    for (List<Item> items : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (Item item : items) {
          if (item instanceof Text t) {
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(t.x(), t.y());
            cs.showText(t.text());
            cs.endText();
          } else if (item instanceof Line l) {
            cs.setLineWidth(0.5f);
            cs.moveTo(l.x1(), l.y1());
            cs.lineTo(l.x2(), l.y2());
            cs.stroke();
          } else if (item instanceof Bar b) {
            cs.addRect(b.x(), b.y(), b.w(), b.h());
            cs.fill();
          }
        }
      }
    }
  }

  /**
   * A ruled grid: column boundaries {@code xs}, row boundaries {@code ys} (top to bottom, descending
   * user-space y), drawn as stroked lines or as thin filled bars.
   */
  static List<Item> grid(float[] xs, float[] ys, boolean bars) {
    List<Item> items = new ArrayList<>();
    for (float y : ys) {
      items.add(bars ? new Bar(xs[0], y - 0.25f, xs[xs.length - 1] - xs[0], 0.5f) : new Line(xs[0], y, xs[xs.length - 1], y));
    }
    for (float x : xs) {
      float top = ys[0];
      float bottom = ys[ys.length - 1];
      items.add(bars ? new Bar(x - 0.25f, bottom, 0.5f, top - bottom) : new Line(x, top, x, bottom));
    }
    return items;
  }

  /** A string of {@code n} characters made by repeating {@code word} and a space. */
  static String words(String word, int n) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      sb.append(word).append(' ');
    }
    return sb.substring(0, n).strip();
  }
}
