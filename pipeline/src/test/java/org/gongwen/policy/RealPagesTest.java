package org.gongwen.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.policy.eval.Accuracy;
import org.gongwen.policy.eval.Counts;
import org.gongwen.policy.eval.Evaluator;
import org.gongwen.policy.eval.Scores;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real government web pages (site menus, hidden copies, layout tables, the 信息公开 box) score like the
 * plain transcriptions of the same documents, against the same gold (every part within {@value #MAX_GAP},
 * metadata at least {@value #MIN_METADATA}): what the page adds is the HTML reader's to remove. Reads {@code ../shared/dev} (beside the worktree) and is skipped when it is absent.
 */
final class RealPagesTest {

  private static final Path DEV = Path.of("../../shared/dev");
  private static final double MAX_GAP = 0.05;
  private static final double MIN_METADATA = 0.85;
  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();
  private static final PolicyJson JSON = new PolicyJson();
  private static final Evaluator EVALUATOR = new Evaluator();

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
      "r11_guangzhou_jiatingyisheng.html, d08_guangzhou-jiatingyisheng-qianyue-shishifangan.txt",
      "r14_govcn_wufei_chengshi.html, d14_guobanfa-wufei-chengshi-shidian-gongzuofangan.txt"})
  void aPageScoresLikeItsTranscription(String page, String transcription) throws Exception {
    Path pageFile = DEV.resolve("real").resolve(page);
    Path textFile = DEV.resolve("docs").resolve(transcription);
    String stem = page.substring(0, page.lastIndexOf('.'));
    Path goldFile = DEV.resolve("real/gold").resolve(stem + ".gold.json");
    assumeTrue(Files.isRegularFile(pageFile) && Files.isRegularFile(textFile) && Files.isRegularFile(goldFile),
        "shared dev files absent at " + DEV.toAbsolutePath() + ": real-page scoring skipped");
    JsonNode gold = EVALUATOR.read(goldFile);
    PolicyDocument pageDoc = PIPELINE.process(pageFile, false);
    Scores fromPage = score(stem, gold, pageDoc);
    Scores fromText = score(stem, gold, PIPELINE.process(textFile, false));

    Map<String, Double[]> parts = parts(fromPage, fromText);
    List<String> gaps = new ArrayList<>();
    parts.forEach((part, v) -> {
      // metadata may be better than the text's (the box adds fields); every other part within the gap
      double gap = v[0] == null || v[1] == null ? 0 : part.equals("metadata") ? v[1] - v[0] : Math.abs(v[0] - v[1]);
      if (v[1] != null && (v[0] == null || gap > MAX_GAP)) {
        gaps.add(part + " page " + v[0] + " vs text " + v[1]);
      }
    });
    assertEquals(List.of(), gaps, "parts where the page scores unlike its transcription");
    assertTrue(fromPage.metadata().value() >= fromText.metadata().value(),
        "the page's 信息公开 box adds metadata: " + fromPage.metadata() + " vs " + fromText.metadata());
    assertTrue(fromPage.metadata().value() >= MIN_METADATA, "metadata from the page: " + fromPage.metadata());
    assertNotNull(pageDoc.source().pageMetadata(), "the page's 信息公开 box is read");
    assertNotNull(pageDoc.source().pageMetadata().docNumber(), "the box gives the 文号");
  }

  private static Scores score(String stem, JsonNode gold, PolicyDocument doc) throws Exception {
    return EVALUATOR.score(stem, gold, JSON.mapper().readTree(JSON.toLine(doc))).scores();
  }

  private static Map<String, Double[]> parts(Scores a, Scores b) {
    Map<String, Double[]> m = new LinkedHashMap<>();
    m.put("metadata", new Double[] {value(a.metadata()), value(b.metadata())});
    m.put("headings", new Double[] {f1(a.headings()), f1(b.headings())});
    m.put("tasks", new Double[] {f1(a.tasks()), f1(b.tasks())});
    m.put("units", new Double[] {f1(a.units()), f1(b.units())});
    m.put("units+lead", new Double[] {f1(a.unitsWithLead()), f1(b.unitsWithLead())});
    m.put("targets", new Double[] {f1(a.targets()), f1(b.targets())});
    m.put("comparator", new Double[] {value(a.comparator()), value(b.comparator())});
    m.put("kind", new Double[] {value(a.kind()), value(b.kind())});
    return m;
  }

  private static Double f1(Counts c) {
    return c == null ? null : c.f1();
  }

  private static Double value(Accuracy a) {
    return a == null ? null : a.value();
  }
}
