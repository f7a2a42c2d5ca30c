package org.gongwen.policy.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.SearchHit;
import org.gongwen.policy.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzersTest {

  @Test
  void hanLpTokensCarryOffsetsIntoTheText() throws IOException {
    String text = "到2024年，全区拥有高新技术企业300家。";
    try (Analyzer a = Analyzers.text(Analyzers.HANLP); TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      List<String> tokens = new ArrayList<>();
      while (ts.incrementToken()) {
        assertEquals(term.toString(), text.substring(offset.startOffset(), offset.endOffset()).toLowerCase());
        tokens.add(term.toString());
      }
      ts.end();
      assertTrue(String.join("/", tokens).contains("高新技术"), tokens.toString());
      assertTrue(tokens.stream().noneMatch(t -> t.equals("，") || t.equals("。")), tokens.toString());
    }
  }

  @Test
  void unknownAnalyzerIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Analyzers.text("ik"));
    assertTrue(e.getMessage().startsWith("unknown analyzer [ik]"), e.getMessage());
  }

  @Test
  void anIndexKeepsItsAnalyzer(@TempDir Path dir) throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir, Analyzers.CJK)) {
      indexer.add(SamplePolicies.luchengPlan());
    }
    IOException e = assertThrows(IOException.class, () -> PolicyIndexer.open(dir, Analyzers.SMARTCN).close());
    assertTrue(e.getMessage().contains("built with analyzer [cjk]"), e.getMessage());
    try (PolicySearcher searcher = PolicySearcher.open(dir)) {
      assertEquals(Analyzers.CJK, searcher.analyzerName());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Analyzers.SMARTCN, Analyzers.CJK, Analyzers.HANLP})
  void unitNamesStayFindableByTheirCore(String analyzer, @TempDir Path dir) throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir, analyzer)) {
      indexer.add(SamplePolicies.luchengPlan());
      indexer.add(SamplePolicies.wenzhouPlan());
    }
    try (PolicySearcher searcher = PolicySearcher.open(dir)) {
      List<SearchHit> byText = searcher.search(SearchRequest.parse("科技局 type:task").withLimit(100));
      assertTrue(byText.stream().anyMatch(h -> h.units().contains("*区科技局")), analyzer + ": " + byText);
      List<SearchHit> exact = searcher.search(SearchRequest.parse("type:task unit:区科技局").withLimit(100));
      assertTrue(exact.stream().allMatch(h -> h.units().contains("*区科技局") || h.units().contains("区科技局")), analyzer);
      assertEquals(1, searcher.search(SearchRequest.of("温鹿政发〔2022〕68号")).size(), analyzer + ": doc number is a keyword");
    }
  }
}
