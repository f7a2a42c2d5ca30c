package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.policy.eval.Counts;
import org.gongwen.policy.eval.Evaluator;
import org.gongwen.policy.eval.Scores;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.pipeline.RepoFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * OFD renderings of the seeds ({@code samples/*.ofd}, written from the sample PDFs by
 * {@code samples/render/PdfToOfd.java}: text objects and ruled lines, see samples/render/README.md) read like
 * the PDFs: every part of spec §8 scores within {@value #MAX_GAP} of the PDF's against the seed's gold (the
 * scorer of SharedSetsScoreTest), and the same ruled tables come out, row by row, cell by cell.
 */
final class OfdReaderTest {

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final Path GOLD = RepoFiles.ROOT.resolve("../shared/gold").normalize();
  private static final double MAX_GAP = 0.02;
  private static final Evaluator EVALUATOR = new Evaluator();
  private static final PolicyJson JSON = new PolicyJson();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"000_4ed772c9b4959484", "004_755fdc7e0c8d5ef0"})
  void anOfdScoresLikeItsPdf(String stem) throws Exception {
    Path gold = GOLD.resolve(stem + ".gold.json");
    assumeTrue(Files.isRegularFile(gold), "seed gold absent, skipped: " + gold);
    PolicyDocument ofd = PIPELINE.process(Path.of("../samples", stem + ".ofd"), false);
    PolicyDocument pdf = PIPELINE.process(Path.of("../samples", stem + ".pdf"), false);
    assertEquals(OfdReader.MEDIA_TYPE, ofd.source().mediaType());
    assertEquals(pdf.source().pages(), ofd.source().pages());
    Map<String, Double> fromOfd = parts(score(stem, gold, ofd));
    Map<String, Double> fromPdf = parts(score(stem, gold, pdf));
    List<String> gaps = new ArrayList<>();
    fromPdf.forEach((part, p) -> {
      Double o = fromOfd.get(part);
      if (p != null && (o == null || Math.abs(o - p) > MAX_GAP)) {
        gaps.add(part + " ofd " + o + " vs pdf " + p);
      }
    });
    assertEquals(List.of(), gaps, "parts where the OFD scores unlike its PDF");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_4ed772c9b4959484", "004_755fdc7e0c8d5ef0"})
  void anOfdHasThePdfsTables(String stem) throws Exception {
    ExtractedText ofd = new OfdReader(Lexicon.standard()).read(Path.of("../samples", stem + ".ofd"), OfdReader.MEDIA_TYPE);
    ExtractedText pdf = new PdfReader(Lexicon.standard()).read(Path.of("../samples", stem + ".pdf"), "application/pdf");
    assertFalse(pdf.tables().isEmpty(), "the seed PDF has ruled tables");
    assertEquals(shapes(pdf), shapes(ofd), "tables (page, rows x columns)");
    for (int i = 0; i < pdf.tables().size(); i++) {
      assertEquals(pdf.tables().get(i).rows(), ofd.tables().get(i).rows(), "cells of table " + (i + 1));
    }
    assertEquals(pdf.text(), ofd.text(), "the same text, paragraph by paragraph");
  }

  private static List<String> shapes(ExtractedText text) {
    return text.tables().stream()
        .map(t -> "p" + t.page() + " " + t.rows().size() + "x"
            + t.rows().stream().mapToInt(List::size).max().orElse(0))
        .toList();
  }

  private static Scores score(String stem, Path gold, PolicyDocument doc) throws Exception {
    return EVALUATOR.score(stem, EVALUATOR.read(gold), JSON.mapper().readTree(JSON.toLine(doc))).scores();
  }

  private static Map<String, Double> parts(Scores s) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("metadata", s.metadata() == null ? null : s.metadata().value());
    m.put("headings", f1(s.headings()));
    m.put("tasks", f1(s.tasks()));
    m.put("units", f1(s.units()));
    m.put("unitsWithLead", f1(s.unitsWithLead()));
    m.put("targets", f1(s.targets()));
    m.put("targetsStrict", f1(s.targetsStrict()));
    return m;
  }

  private static Double f1(Counts c) {
    return c == null ? null : c.f1();
  }

  @Test
  void aRuledGridInAnOfdIsATableAndItsFooterGoes() throws Exception {
    Path file = dir.resolve("table.ofd");
    double body = 5.644; // 16 pt
    double cell = 4.233; // 12 pt
    double[] xs = {27, 45, 130, 183};
    double[] ys = {80, 92, 104, 116};
    String[][] rows = {
        {"序号", "工作任务", "牵头单位"},
        {"1", "完善家庭医生签约服务", "市卫生健康委"},
        {"2", "推进基层医疗机构建设", "各区政府"}};
    OfdFixture ofd = new OfdFixture().page()
        .text(27, 60, body, "各区卫生健康局：")
        .text(38.3, 70, body, "现将重点任务分工印发给你们。")
        .box(xs[0], ys[0], xs[3] - xs[0], ys[3] - ys[0])
        .line(xs[1], ys[0], xs[1], ys[3])
        .line(xs[2], ys[0], xs[2], ys[3])
        .line(xs[0], ys[1], xs[3], ys[1])
        .bar(xs[0], ys[2] - 0.15, xs[3] - xs[0], 0.3)
        .text(160, 280, body, "— 1 —");
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        ofd.text(xs[c] + 2, ys[r] + 8, cell, rows[r][c]);
      }
    }
    ofd.write(file);

    ExtractedText text = new OfdReader(Lexicon.standard()).read(file, OfdReader.MEDIA_TYPE);

    assertEquals(1, text.tables().size(), text.text());
    SourceTable table = text.tables().get(0);
    assertEquals(1, table.page());
    assertEquals(List.of(List.of(rows[0]), List.of(rows[1]), List.of(rows[2])),
        table.rows().stream().map(row -> row.stream().map(SourceCell::text).toList()).toList());
    assertEquals("各区卫生健康局：\n\n现将重点任务分工印发给你们。\n\n"
        + "序号\t工作任务\t牵头单位\n1\t完善家庭医生签约服务\t市卫生健康委\n2\t推进基层医疗机构建设\t各区政府\n",
        text.text(), "paragraphs, the table's rows, no page number");
  }

  @Test
  void anOfdWithoutTextObjectsIsATypedNoTextError() throws Exception {
    Path file = dir.resolve("outlines.ofd");
    new OfdFixture().page().box(27, 80, 156, 36).line(27, 92, 183, 92).write(file);
    InputException e = assertThrows(InputException.class, () -> new OfdReader(Lexicon.standard()).read(file, OfdReader.MEDIA_TYPE));
    assertEquals(InputException.Reason.NO_TEXT, e.reason());
    assertTrue(e.getMessage().contains("no text objects"), e.getMessage());
  }

  @Test
  void aZipWithoutOfdXmlIsNotOfd() throws Exception {
    Path zip = dir.resolve("x.ofd");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      out.write("不是OFD".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals("application/zip", new DocumentReaders(List.of(new OfdReader(Lexicon.standard()))).detect(zip));
  }

  @Test
  void aWpsFileThatIsOleGoesTheDocPath() throws Exception {
    Path wps = Files.copy(Path.of("../samples/004_755fdc7e0c8d5ef0.doc"), dir.resolve("notice.wps"));
    assertEquals("application/msword", new DocumentReaders(List.of(new TikaReader())).detect(wps));
  }
}
