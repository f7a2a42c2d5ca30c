package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * A text layer in a CID font without a ToUnicode CMap (what some producers write): PDFBox maps its glyphs
 * to nothing, so the file must not pass for a scan nor for an empty one. Made here from a system TrueType
 * font with its ToUnicode removed; skipped when the font is absent.
 */
class GarbledPdfTest {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  @Test
  void cidFontWithoutToUnicodeIsATypedGarbledError(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isRegularFile(FONT), "no TrueType font to embed, skipped: " + FONT);
    Path withMap = tmp.resolve("mapped.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (int i = 0; i < 10; i++) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 760 - 20 * i);
          cs.showText("Notice on the implementation plan, item " + i);
          cs.endText();
        }
      }
      doc.save(withMap.toFile());
    }
    PdfReader reader = new PdfReader(Lexicon.standard());
    assertTrue(reader.read(withMap, "application/pdf").text().contains("item 9"), "mapped text reads");
    Path noMap = tmp.resolve("unmapped.pdf");
    try (PDDocument doc = Loader.loadPDF(withMap.toFile())) {
      var resources = doc.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
      }
      doc.save(new File(noMap.toString()));
    }
    InputException e = assertThrows(InputException.class, () -> reader.read(noMap, "application/pdf"));
    assertEquals(InputException.Reason.GARBLED, e.reason());
    assertTrue(e.getMessage().contains("without ToUnicode"), e.getMessage());
  }
}
