package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongwen.policy.lexicon.Lexicon;

/** Pages that are images: a scan, a scan with a scanner app's stamp, beside pages with text. */
class ScannedPageTest {

  @TempDir Path dir;

  /** Page kinds: T text, S scan (full-page image), W scan with a one-line stamp. */
  private Path pdf(String kinds) throws Exception {
    Path file = dir.resolve(kinds + ".pdf");
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
    try (PDDocument doc = new PDDocument()) {
      BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scan.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 200, 280);
      g.setColor(Color.BLACK);
      g.fillRect(20, 20, 160, 4);
      g.dispose();
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      for (char kind : kinds.toCharArray()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (kind != 'T') {
            cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
          }
          if (kind != 'S') {
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(72, kind == 'W' ? 20 : 700);
            cs.showText(kind == 'W' ? "Scanned by AppName" : "Notice on the plan, with its text layer.");
            cs.endText();
          }
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void scannedPagesAmongTextPagesAreNamedInATypedWarning() throws Exception {
    ExtractedText text = new PdfReader(Lexicon.standard()).read(pdf("TSWT"), "application/pdf");
    assertEquals(4, text.pages());
    assertTrue(text.warnings().contains(
        "no-text-layer: pages 2-3 have no text layer (scanned images); --ocr reads them with Tesseract"),
        text.warnings().toString());
    assertFalse(text.text().contains("AppName"), "a scanner's stamp is not the document's text");
    assertTrue(text.text().contains("Notice on the plan"));
  }

  @Test
  void imageOnlyFileIsATypedError() throws Exception {
    Path file = pdf("WS");
    InputException e = assertThrows(InputException.class, () -> new PdfReader(Lexicon.standard()).read(file, "application/pdf"));
    assertEquals(InputException.Reason.NO_TEXT, e.reason());
    assertTrue(e.getMessage().endsWith("image-only PDF (scanned?): pages 1-2 of 2 have no text layer; "
        + "--ocr reads them with Tesseract"), e.getMessage());
  }

  @Test
  void pageListsNameRanges() {
    assertEquals("page 3", PdfReader.pageList(List.of(3)));
    assertEquals("pages 1-3, 7, 9-10", PdfReader.pageList(List.of(1, 2, 3, 7, 9, 10)));
  }
}
