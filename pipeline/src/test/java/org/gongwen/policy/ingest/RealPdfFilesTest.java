package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.policy.ingest.pdf.TesseractOcr;
import org.gongwen.policy.model.Heading;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.pipeline.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real published files of {@code ../shared/dev/real} (README there): what a person sees in them. Each
 * test skips with a message when the folder is absent; r08 (331 pages) is read once for all its checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealPdfFilesTest {

  private static final Path REAL = RepoFiles.ROOT.resolve("../shared/dev/real").normalize();

  private PolicyPipeline pipeline;
  private PolicyDocument r08;

  @BeforeAll
  void pipeline() {
    pipeline = PolicyPipeline.standard();
  }

  private Path real(String name) {
    Path file = REAL.resolve(name);
    assumeTrue(Files.isRegularFile(file), "real file absent, skipped: " + file);
    return file;
  }

  private static List<String> headings(PolicyDocument doc) {
    return doc.headings().stream().map(h -> h.level() + " " + h.number() + " " + h.title()).toList();
  }

  @Test
  void pdfRenderingOfAWpsFileGivesTheHeadingsOfItsDocAndNoFrameTable() throws Exception {
    PolicyDocument doc = pipeline.process(real("r01_hainan_nongji_butie.doc"), false);
    PolicyDocument pdf = pipeline.process(real("r02_hainan_nongji_butie_lo.pdf"), false);
    assertTrue(doc.headings().size() >= 40, "DOC headings: " + doc.headings().size());
    assertEquals(headings(doc), headings(pdf));
    assertEquals(List.of(), pdf.tables(), "white text-frame rectangles are no table");
    assertTrue(pdf.metadata().title() != null && pdf.metadata().title().contains("补贴实施方案"),
        "title: " + pdf.metadata().title());
  }

  @Test
  void scannedPdfWithoutOcrIsATypedNoTextLayerError() throws Exception {
    Path file = real("r03_nongji_youji_youbu_scan.pdf");
    InputException e = assertThrows(InputException.class, () -> pipeline.process(file, false));
    assertEquals(InputException.Reason.NO_TEXT, e.reason());
    assertEquals("no-text-layer", e.reason().code());
    assertTrue(e.getMessage().contains("pages 1-8") && e.getMessage().contains("--ocr"), e.getMessage());
  }

  @Test
  void scannedPdfWithOcrGivesItsTitleAndHeadings(@TempDir Path tmp) throws Exception {
    Path file = real("r03_nongji_youji_youbu_scan.pdf");
    String why = new TesseractOcr().unavailable();
    assumeTrue(why == null, "OCR test skipped: " + why);
    // the first two pages hold the title and the first headings; all 8 take minutes
    Path head = tmp.resolve("r03-head.pdf");
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      while (pdf.getNumberOfPages() > 2) {
        pdf.removePage(pdf.getNumberOfPages() - 1);
      }
      pdf.save(head.toFile());
    }
    PolicyDocument doc = PolicyPipeline.standard(DocumentReaders.DEFAULT_MAX_BYTES, new ReaderOptions(true))
        .process(head, false);
    String title = doc.metadata().title();
    assertTrue(title != null && title.contains("农机购置与应用补贴"), "title: " + title);
    assertFalse(title.contains("全能王"), "the scanner stamp is no title: " + title);
    assertTrue(doc.headings().stream().anyMatch(h -> h.title().contains("主要任务")), headings(doc).toString());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("ocr: pages 1-2")), doc.warnings().toString());
  }

  @Test
  void ruledTableOverTwentyFourPagesStaysWhole() throws Exception {
    PolicyDocument doc = pipeline.process(real("r06_jiangxi_rongque_qingdan.pdf"), true);
    assertEquals(1, doc.tables().size());
    assertTrue(doc.tables().get(0).rows().size() >= 250, "rows: " + doc.tables().get(0).rows().size());
    assertEquals(8, doc.tables().get(0).rows().get(0).size());
    assertFalse(doc.text().contains("— 8 —"), "page footers are removed");
    assertEquals(List.of(), doc.targets().stream().map(t -> t.raw()).toList(),
        "a list of procedures has no targets: its serial numbers (序号, 材料序号) are no figures to reach");
  }

  private PolicyDocument r08() throws Exception {
    if (r08 == null) {
      r08 = pipeline.process(real("r08_beijing_chanye_daoyin.pdf"), true);
    }
    return r08;
  }

  @Test
  void contentsPagesGiveNoHeadings() throws Exception {
    PolicyDocument doc = r08();
    List<Heading> front = doc.headings().stream().filter(h -> h.page() != null && h.page() <= 10).toList();
    assertEquals(List.of(), front, "the contents (pages 3-10) give no headings");
    assertTrue(doc.headings().stream().noneMatch(h -> h.title().contains("....")), "no leader in a heading");
  }

  @Test
  void guideCardsStayTablesAndRomanPageNumbersGo() throws Exception {
    PolicyDocument doc = r08();
    assertTrue(doc.tables().size() >= 145, "cards: " + doc.tables().size());
    assertFalse(doc.text().contains("\nI\n"), "roman page number of the front matter");
    assertTrue(doc.warnings().stream().noneMatch(w -> w.startsWith("no-text-layer")), doc.warnings().toString());
  }
}
