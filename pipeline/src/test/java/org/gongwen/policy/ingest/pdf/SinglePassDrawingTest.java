package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongwen.policy.pipeline.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The glyph pass collects a page's drawing ({@link GlyphCollector#drawing()}) exactly as the stand-alone
 * graphics pass {@link RuleCollector} does, and the graphics operators it gained leave its glyphs as
 * PDFBox's plain text engine gives them: on every page of the sample and real PDFs, and on a page built
 * to use every path, paint, colour, image, form and Type 3 operator.
 */
class SinglePassDrawingTest {

  private static final Path REAL = RepoFiles.ROOT.resolve("../shared/dev/real").normalize();
  /** Pages of the 331-page r08 compared: every n-th (all of them take long on a shared machine). */
  private static final int R08_STEP = 7;

  static Stream<Path> pdfs() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(RepoFiles.ROOT.resolve("samples"))) {
      s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
    }
    if (Files.isDirectory(REAL)) {
      try (Stream<Path> s = Files.list(REAL)) {
        s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void glyphPassGivesTheGraphicsPassDrawingAndThePlainTextEngineGlyphs(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      int step = document.getNumberOfPages() > 100 ? R08_STEP : 1;
      for (int n = 1; n <= document.getNumberOfPages(); n += step) {
        comparePage(file.getFileName() + " page " + n, document, n);
      }
    }
  }

  @Test
  void realFilesHaveRulesAndAScan() throws IOException {
    Path table = REAL.resolve("r06_jiangxi_rongque_qingdan.pdf");
    Path scan = REAL.resolve("r03_nongji_youji_youbu_scan.pdf");
    assumeTrue(Files.isRegularFile(table) && Files.isRegularFile(scan), "real files absent: " + REAL);
    try (PDDocument document = Loader.loadPDF(table.toFile())) {
      GlyphCollector collector = new GlyphCollector();
      collector.glyphs(document, 1);
      assertTrue(collector.drawing().rules().size() > 20, "the framed table's rules on page 1");
    }
    try (PDDocument document = Loader.loadPDF(scan.toFile())) {
      GlyphCollector collector = new GlyphCollector();
      List<Glyph> glyphs = collector.glyphs(document, 1);
      float share = collector.drawing().imageShare();
      assertTrue(ScannedPageRule.noTextLayer(glyphs, share), "a scanned page is mostly image: " + share);
    }
  }

  /**
   * One page using each operator the glyph pass gained: stroked, closed and filled paths, curves, a clip,
   * white paint, colour spaces, a form XObject with a rule inside, an image XObject, an inline image and
   * a Type 3 font whose glyph is a drawn bar; then ordinary text.
   */
  @Test
  void everyOperatorGivesTheSameDrawingInBothPasses() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDResources resources = new PDResources();
      page.setResources(resources);
      COSName courier = resources.add(new PDType1Font(Standard14Fonts.FontName.COURIER));
      COSName type3 = resources.add(new PDType3Font(type3Font(document)));
      PDFormXObject form = new PDFormXObject(document);
      form.setBBox(new PDRectangle(0, 0, 200, 50));
      write(form.getStream().getCOSObject(), "0 0 m 150 0 l S 10 10 100 1 re f");
      COSName formName = resources.add(form);
      BufferedImage pixels = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
      COSName imageName = resources.add(LosslessFactory.createFromImage(document, pixels));
      String content = String.join("\n",
          "0 0 1 RG 50 800 m 300 800 l S",
          "50 780 m 300 780 l 300 700 l h S",
          "1 g 50 650 200 0.5 re f",
          "0.2 g 50 640 200 0.5 re f",
          "0 0 0 1 K 50 600 m 100 650 150 650 200 600 c 250 600 l S",
          "50 580 m 60 590 80 570 v 200 570 l 210 580 220 575 y 300 575 l s",
          "50 560 100 20 re W n 50 540 m 300 540 l S",
          "/DeviceRGB CS 0.5 0.5 0.5 SC 50 520 m 300 520 l 300 500 l b",
          "/DeviceGray cs 0 sc 50 480 250 10 re B*",
          "50 470 m 300 470 l f*",
          "q 1 0 0 1 40 400 cm /" + formName.getName() + " Do Q",
          "q 100 0 0 100 300 300 cm /" + imageName.getName() + " Do Q",
          "q 50 0 0 50 400 200 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u0000\u00ff\u00ff\u0000 EI Q",
          "BT /" + type3.getName() + " 20 Tf 100 150 Td (aa) Tj ET",
          "BT /" + courier.getName() + " 10 Tf 100 100 Td (Rules and text) Tj ET",
          "0 G 50 90 m 300 90 l S");
      PDStream stream = new PDStream(document);
      write(stream.getCOSObject(), content);
      page.setContents(stream);
      PDDocument reloaded = roundTrip(document);
      try (reloaded) {
        comparePage("built page", reloaded, 1);
        GlyphCollector collector = new GlyphCollector();
        List<Glyph> glyphs = collector.glyphs(reloaded, 1);
        PageDrawing drawing = collector.drawing();
        assertTrue(drawing.imageShare() > 0, "the images count");
        assertEquals("aaRules and text", glyphs.stream().map(Glyph::text).reduce("", String::concat));
        long type3Bars = drawing.rules().stream().filter(r -> r.horizontal() && Math.abs(r.at() - (PDRectangle.A4.getHeight() - 158.4f)) < 0.5f).count();
        assertTrue(type3Bars >= 1, "the Type 3 glyphs' bars are rules: " + drawing.rules());
      }
    }
  }

  private static void comparePage(String what, PDDocument document, int pageNo) throws IOException {
    GlyphCollector collector = new GlyphCollector();
    List<Glyph> glyphs = collector.glyphs(document, pageNo);
    PageDrawing single = collector.drawing();
    PageDrawing separate = RuleCollector.scan(document.getPage(pageNo - 1));
    assertEquals(separate.rules(), single.rules(), what + ": rules");
    assertEquals(separate.imageShare(), single.imageShare(), what + ": image share");
    assertEquals(PlainGlyphs.of(document, pageNo), glyphs, what + ": glyphs");
  }

  /** The glyphs as PDFBox's text engine alone gives them, with the filters of {@link GlyphCollector}. */
  private static final class PlainGlyphs extends PDFTextStripper {
    private final List<TextPosition> positions = new ArrayList<>();

    static List<Glyph> of(PDDocument document, int pageNo) throws IOException {
      PlainGlyphs stripper = new PlainGlyphs();
      stripper.setSortByPosition(false);
      stripper.setSuppressDuplicateOverlappingText(true);
      stripper.setStartPage(pageNo);
      stripper.setEndPage(pageNo);
      stripper.getText(document);
      Map<Float, Integer> counts = new HashMap<>();
      stripper.positions.forEach(p -> counts.merge(p.getDir(), 1, Integer::sum));
      float main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
      List<Glyph> out = new ArrayList<>();
      for (TextPosition p : stripper.positions) {
        if (p.getUnicode() == null || p.getUnicode().isEmpty() || p.getDir() != main) {
          continue;
        }
        float size = p.getFontSizeInPt();
        if (size <= 0.5f) {
          size = p.getHeightDir() > 0 ? p.getHeightDir() * 1.4f : 10f;
        }
        out.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size));
      }
      return out;
    }

    @Override
    protected void writePage() {
      getCharactersByArticle().forEach(positions::addAll);
    }
  }

  /** A Type 3 font of one glyph, {@code a}: a bar 800 units wide and 40 high, drawn with {@code re f}. */
  private static COSDictionary type3Font(PDDocument document) throws IOException {
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE3);
    font.setItem(COSName.FONT_BBOX, numbers(0, 0, 1000, 1000));
    font.setItem(COSName.FONT_MATRIX, numbers(0.001f, 0, 0, 0.001f, 0, 0));
    COSStream glyph = document.getDocument().createCOSStream();
    write(glyph, "1000 0 0 0 1000 1000 d1 0 400 800 40 re f");
    COSDictionary procs = new COSDictionary();
    procs.setItem(COSName.getPDFName("a"), glyph);
    font.setItem(COSName.CHAR_PROCS, procs);
    COSDictionary encoding = new COSDictionary();
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(97));
    differences.add(COSName.getPDFName("a"));
    encoding.setItem(COSName.DIFFERENCES, differences);
    font.setItem(COSName.ENCODING, encoding);
    font.setItem(COSName.FIRST_CHAR, COSInteger.get(97));
    font.setItem(COSName.LAST_CHAR, COSInteger.get(97));
    font.setItem(COSName.WIDTHS, numbers(1000));
    font.setItem(COSName.RESOURCES, new COSDictionary());
    return font;
  }

  private static COSArray numbers(float... values) {
    COSArray array = new COSArray();
    for (float v : values) {
      array.add(new COSFloat(v));
    }
    return array;
  }

  private static void write(COSStream stream, String content) throws IOException {
    try (OutputStream out = stream.createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  private static PDDocument roundTrip(PDDocument document) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    document.save(bytes);
    return Loader.loadPDF(bytes.toByteArray());
  }
}
