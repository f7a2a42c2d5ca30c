package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * {@link GlyphCollector#unmapped()} counts exactly the glyphs of composite fonts that have no Unicode (the
 * text engine drops them), never the glyphs of a mapped composite font or of a simple font, on a page that
 * mixes all three; the mapped ones are read. Built with an embedded TrueType font whose ToUnicode map is
 * removed; skipped when that font is absent.
 */
class UnmappedGlyphCountTest {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  @Test
  void onlyCompositeGlyphsWithoutUnicodeAreCounted() throws Exception {
    assumeTrue(Files.isRegularFile(FONT), "no TrueType font to embed, skipped: " + FONT);
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDFont unmapped = PDType0Font.load(doc, FONT.toFile());
      PDFont mapped = PDType0Font.load(doc, FONT.toFile());
      PDFont simple = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        show(cs, simple, 760, "Simple font line");
        show(cs, unmapped, 740, "abcdefg");
        show(cs, mapped, 720, "Mapped");
        show(cs, unmapped, 700, "xyz");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // fonts are named F1, F2, … in the order they were first used: the second one shown is unmapped
      var resources = doc.getPage(0).getResources();
      List<COSName> names = new java.util.ArrayList<>();
      resources.getFontNames().forEach(names::add);
      names.sort((a, b) -> a.getName().compareTo(b.getName()));
      resources.getFont(names.get(1)).getCOSObject().removeItem(COSName.TO_UNICODE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      GlyphCollector collector = new GlyphCollector();
      String text = String.join("", collector.glyphs(doc, 1).stream().map(Glyph::text).toList());
      assertEquals("abcdefg".length() + "xyz".length(), collector.unmapped(), text);
      assertEquals("Simple font lineMapped", text);
    }
  }

  private static void show(PDPageContentStream cs, PDFont font, float y, String text) throws Exception {
    cs.beginText();
    cs.setFont(font, 12);
    cs.newLineAtOffset(72, y);
    cs.showText(text);
    cs.endText();
  }
}
