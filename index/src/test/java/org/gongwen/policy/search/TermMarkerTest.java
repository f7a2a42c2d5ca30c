package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.gongwen.policy.index.Analyzers;
import org.junit.jupiter.api.Test;

class TermMarkerTest {

  private static final String EVIDENCE = "到2024年，全区拥有高新技术企业300家、科技型中小企业1800家。";

  private static Highlight mark(String analyzer, String query) {
    try (Analyzer a = Analyzers.text(analyzer)) {
      return new TermMarker(a).mark("evidence", EVIDENCE, new QueryFactory(a).terms(query));
    }
  }

  @Test
  void wordsOfTheQueryAreBracketed() {
    Highlight h = mark(Analyzers.SMARTCN, "高新技术企业");
    // smartcn keeps 高新技术企业 as one dictionary word, so the 企业 of 科技型中小企业 is no match
    assertEquals("到2024年，全区拥有【高新技术企业】300家、科技型中小企业1800家。", h.bracketed());
    assertEquals("evidence", h.field());
  }

  @Test
  void overlappingBigramsMergeIntoOneSpan() {
    Highlight h = mark(Analyzers.CJK, "高新技术企业");
    assertEquals("到2024年，全区拥有<em>高新技术企业</em>300家、科技型中小<em>企业</em>1800家。", h.marked());
    assertEquals(List.of(new Highlight.Span(11, 17), new Highlight.Span(27, 29)), h.matches());
  }

  @Test
  void nothingToMark() {
    assertNull(mark(Analyzers.SMARTCN, "量子计算"));
    try (Analyzer a = Analyzers.text()) {
      assertNull(new TermMarker(a).mark("evidence", null, Set.of("企业")));
    }
  }
}
