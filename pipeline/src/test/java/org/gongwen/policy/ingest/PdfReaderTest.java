package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.gongwen.policy.ingest.TestPdfs.Bar;
import org.gongwen.policy.ingest.TestPdfs.Item;
import org.gongwen.policy.ingest.TestPdfs.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongwen.policy.lexicon.Lexicon;

class PdfReaderTest {

  private static final String PDF = "application/pdf";
  // 60 Courier characters = 360 pt: from x = 60 the right margin is at 420
  private static final String FULL_A = "alpha beta gamma delta epsilon zeta eta theta iota kappa lam";
  private static final String FULL_B = "bravo charlie delta echo foxtrot golf hotel india juliet kil";
  private static final String INDENTED = "one two three four five six seven eight nine ten eleven";

  @TempDir Path dir;

  private final PdfReader reader = new PdfReader(Lexicon.standard());

  @Test
  void namesAndAcceptsPdfOnly() {
    assertEquals("pdf", reader.name());
    assertTrue(reader.accepts("application/pdf"));
    assertFalse(reader.accepts("text/plain"));
  }

  @Test
  void joinsWrappedLinesAndSeparatesParagraphs() throws Exception {
    assertEquals(60, FULL_A.length());
    assertEquals(60, FULL_B.length());
    List<Item> page =
        List.of(
            new Text(60, 760, "Title line"),
            new Text(84, 730, INDENTED), // first-line indent of 4 characters, ends at 420
            new Text(60, 718, FULL_A),
            new Text(60, 706, "short end."),
            new Text(84, 694, INDENTED),
            new Text(60, 682, "last line"));
    ExtractedText text = read(TestPdfs.write(dir.resolve("p.pdf"), List.of(page)));

    assertEquals(
        "Title line\n\n"
            + INDENTED + " " + FULL_A + " short end.\n\n"
            + INDENTED + " last line\n",
        text.text());
    assertEquals(List.of(0), text.pageStarts());
    assertEquals(PDF, text.mediaType());
    assertNull(text.charset());
    assertTrue(text.warnings().isEmpty(), text.warnings()::toString);
  }

  @Test
  void largeVerticalGapStartsParagraph() throws Exception {
    List<Item> page =
        List.of(
            new Text(60, 760, FULL_A), new Text(60, 748, FULL_B), new Text(60, 700, FULL_A), new Text(60, 688, "end"));
    ExtractedText text = read(TestPdfs.write(dir.resolve("g.pdf"), List.of(page)));
    assertEquals(FULL_A + " " + FULL_B + "\n\n" + FULL_A + " end\n", text.text());
  }

  @Test
  void removesPageNumbersAndRecordsPageStarts() throws Exception {
    List<List<Item>> pages = new ArrayList<>();
    String[] footers = {"- 1 -", "— 2 —", "第3页", "4/12"};
    for (int i = 0; i < footers.length; i++) {
      List<Item> items = new ArrayList<>();
      if (i == 3) {
        items.add(new Text(280, 800, "Page 4 of 12")); // a running header
      }
      items.add(new Text(60, 700, "body of page " + (i + 1)));
      items.add(new Text(290, 40, footers[i].replace('—', '-').replace("第3页", "3")));
      pages.add(items);
    }
    ExtractedText text = read(TestPdfs.write(dir.resolve("f.pdf"), pages));
    assertEquals("body of page 1\n\nbody of page 2\n\nbody of page 3\n\nbody of page 4\n", text.text());
    assertEquals(List.of(0, 16, 32, 48), text.pageStarts());
    for (int i = 0; i < 4; i++) {
      assertTrue(text.text().startsWith("body of page " + (i + 1), text.pageStarts().get(i)));
    }
    assertEquals(4, text.pages());
  }

  @Test
  void pageNumberInsideTheBodyIsKept() throws Exception {
    List<Item> page = List.of(new Text(60, 760, "intro"), new Text(60, 500, "- 3 -"), new Text(60, 480, "more"));
    ExtractedText text = read(TestPdfs.write(dir.resolve("k.pdf"), List.of(page)));
    assertTrue(text.text().contains("- 3 -"), text.text());
  }

  @Test
  void ruledTableBecomesTabSeparatedRows() throws Exception {
    for (boolean bars : new boolean[] {false, true}) {
      float[] xs = {60, 120, 260, 420};
      float[] ys = {700, 680, 646, 626};
      List<Item> page = new ArrayList<>(TestPdfs.grid(xs, ys, bars));
      page.add(new Text(60, 730, "Text before the table"));
      page.add(new Text(64, 687, "No"));
      page.add(new Text(124, 687, "Name"));
      page.add(new Text(264, 687, "Unit"));
      page.add(new Text(64, 667, "1"));
      page.add(new Text(124, 667, "Alpha"));
      page.add(new Text(264, 667, "Dept of"));
      page.add(new Text(264, 655, "Science (x)"));
      page.add(new Text(64, 633, "2"));
      page.add(new Text(264, 633, "Beta unit"));
      page.add(new Text(60, 600, "Text after the table"));
      ExtractedText text = read(TestPdfs.write(dir.resolve("t" + bars + ".pdf"), List.of(page)));
      assertEquals(
          "Text before the table\n\n"
              + "No\tName\tUnit\n"
              + "1\tAlpha\tDept of Science (x)\n"
              + "2\t\tBeta unit\n\n"
              + "Text after the table\n",
          text.text(),
          "rules drawn as " + (bars ? "thin rectangles" : "stroked lines"));
    }
  }

  @Test
  void mergedCellIsWrittenOnceAndTheColumnsItCoversStayEmpty() throws Exception {
    float[] xs = {60, 120, 260, 420};
    List<Item> page = new ArrayList<>();
    // outer frame and row lines
    for (float y : new float[] {700, 680, 660}) {
      page.add(new TestPdfs.Line(60, y, 420, y));
    }
    page.add(new TestPdfs.Line(60, 700, 60, 660));
    page.add(new TestPdfs.Line(420, 700, 420, 660));
    // inner verticals: both in the second row, only the first one in the first row
    page.add(new TestPdfs.Line(120, 700, 120, 660));
    page.add(new TestPdfs.Line(260, 680, 260, 660));
    page.add(new Text(64, 687, "H"));
    page.add(new Text(200, 687, "spanning header"));
    page.add(new Text(64, 667, "a"));
    page.add(new Text(124, 667, "b"));
    page.add(new Text(264, 667, "c"));
    ExtractedText text = read(TestPdfs.write(dir.resolve("m.pdf"), List.of(page)));
    assertEquals("H\tspanning header\t\na\tb\tc\n", text.text());
    assertEquals(3, xs.length - 1);
  }

  @Test
  void tableContinuedOnNextPageKeepsItsRowsOnEachPage() throws Exception {
    float[] xs = {60, 120, 420};
    List<Item> first = new ArrayList<>(TestPdfs.grid(xs, new float[] {100, 80, 60}, false));
    first.add(new Text(64, 87, "No"));
    first.add(new Text(124, 87, "Task"));
    first.add(new Text(64, 67, "1"));
    first.add(new Text(124, 67, "first task"));
    List<Item> second = new ArrayList<>(TestPdfs.grid(xs, new float[] {800, 780, 760}, false));
    second.add(new Text(64, 787, "No"));
    second.add(new Text(124, 787, "Task"));
    second.add(new Text(64, 767, "2"));
    second.add(new Text(124, 767, "second task"));
    ExtractedText text = read(TestPdfs.write(dir.resolve("c.pdf"), List.of(first, second)));
    assertEquals("No\tTask\n1\tfirst task\n\nNo\tTask\n2\tsecond task\n", text.text());
    assertEquals(List.of(0, text.text().indexOf("No\tTask", 1)), text.pageStarts());
  }

  @Test
  void boxedTextIsNotATable() throws Exception {
    List<Item> page = List.of(new Bar(50, 650, 400, 100), new Text(60, 700, "inside a shaded box"));
    ExtractedText text = read(TestPdfs.write(dir.resolve("b.pdf"), List.of(page)));
    assertEquals("inside a shaded box\n", text.text());
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws Exception {
    Path file = protect("user", new AccessPermission());
    InputException e = assertThrows(InputException.class, () -> read(file));
    assertEquals(InputException.Reason.ENCRYPTED, e.reason());
    assertEquals("[" + file + "] encrypted PDF: a password is needed to read it", e.getMessage());
  }

  @Test
  void pdfThatForbidsExtractionIsEncrypted() throws Exception {
    AccessPermission noExtraction = new AccessPermission();
    noExtraction.setCanExtractContent(false);
    Path file = protect("", noExtraction);
    InputException e = assertThrows(InputException.class, () -> read(file));
    assertEquals(InputException.Reason.ENCRYPTED, e.reason());
  }

  @Test
  void pdfWithOnlyDrawingsHasNoText() throws Exception {
    Path file = TestPdfs.write(dir.resolve("scan.pdf"), List.of(List.of(new Bar(50, 50, 400, 600)), List.of()));
    InputException e = assertThrows(InputException.class, () -> read(file));
    assertEquals(InputException.Reason.NO_TEXT, e.reason());
    assertEquals("[" + file + "] 2 pages but no extractable text (scanned image PDF?)", e.getMessage());
  }

  @Test
  void truncatedPdfIsCorrupt() throws Exception {
    Path good = TestPdfs.write(dir.resolve("good.pdf"), List.of(List.of(new Text(60, 700, "hello"))));
    byte[] bytes = Files.readAllBytes(good);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 120));
    InputException e = assertThrows(InputException.class, () -> read(cut));
    assertEquals(InputException.Reason.CORRUPT, e.reason());
    assertTrue(e.getMessage().startsWith("[" + cut + "] corrupt PDF: "), e.getMessage());
  }

  @Test
  void notAPdfIsCorrupt() throws Exception {
    Path file = Files.writeString(dir.resolve("x.pdf"), "this is not a PDF at all\n");
    InputException e = assertThrows(InputException.class, () -> read(file));
    assertEquals(InputException.Reason.CORRUPT, e.reason());
  }

  @Test
  void missingAndEmptyFilesAreCheckedOnceByTheDispatcher() throws Exception {
    DocumentReaders readers = new DocumentReaders(List.of(new PdfReader(Lexicon.standard())));
    Path missing = dir.resolve("missing.pdf");
    assertEquals(InputException.Reason.MISSING,
        assertThrows(InputException.class, () -> readers.read(missing)).reason());
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    assertEquals(InputException.Reason.EMPTY, assertThrows(InputException.class, () -> readers.read(empty)).reason());
  }

  @Test
  void unmappedShareCountsReplacementAndPrivateUseCharacters() {
    assertEquals(0, PdfReader.unmappedPercent("正常文本 plain\n"));
    assertEquals(50, PdfReader.unmappedPercent("ab\uFFFD\uE001"));
    assertEquals(100, PdfReader.unmappedPercent("\uE000 \uE001\n\uFFFD"));
  }

  private Path protect(String userPassword, AccessPermission permission) throws IOException {
    Path file = dir.resolve("enc.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.fill(doc, List.of(List.of(new Text(60, 700, "secret"))));
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, permission);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  private ExtractedText read(Path file) throws InputException {
    return reader.read(file, PDF);
  }
}
