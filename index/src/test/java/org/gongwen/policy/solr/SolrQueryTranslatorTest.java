package org.gongwen.policy.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import java.util.List;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.search.QueryFactory;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SearchVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Case table of the translation: a Lucene query → its JSON query DSL and parameters, or the rule that rejects it. */
class SolrQueryTranslatorTest {

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  static Stream<Arguments> cases() {
    PhraseQuery gapped = new PhraseQuery.Builder().add(new Term("title", "科技"), 0).add(new Term("title", "企业"), 2)
        .build();
    return Stream.of(
        Arguments.of("term: term parser, value as a parameter", term("unit", "区科技局"),
            "\"{!term f=unit v=$q0}\"", Map.of("q0", "区科技局")),
        Arguments.of("match all", new MatchAllDocsQuery(), "\"*:*\"", Map.of()),
        Arguments.of("phrase: the terms as sent, a gap marker for the dropped stop word", gapped,
            "\"{!field f=title v=$q0}\"", Map.of("q0", "科技 \uE000 企业")),
        Arguments.of("boost: boost parser with a constant", new BoostQuery(term("title", "人才"), 3f),
            "{\"boost\":{\"b\":\"3.0\",\"query\":\"{!term f=title v=$q0}\"}}", Map.of("q0", "人才")),
        Arguments.of("dismax: maxscore over a bool of the disjuncts",
            new DisjunctionMaxQuery(List.of(term("body", "研发"), term("body", "研究")), 0f),
            "{\"maxscore\":{\"query\":{\"bool\":{\"should\":[\"{!term f=body v=$q0}\",\"{!term f=body v=$q1}\"]}}}}",
            Map.of("q0", "研发", "q1", "研究")),
        Arguments.of("bool: clauses by occur",
            new BooleanQuery.Builder().add(term("body", "人才"), Occur.MUST).add(term("type", "task"), Occur.FILTER)
                .add(term("body", "引进"), Occur.MUST_NOT).build(),
            "{\"bool\":{\"must\":[\"{!term f=body v=$q0}\"],\"must_not\":[\"{!term f=body v=$q2}\"],"
                + "\"filter\":[\"{!term f=type v=$q1}\"]}}",
            Map.of("q0", "人才", "q1", "task", "q2", "引进")),
        Arguments.of("bool: one should required next to a filter becomes a required group",
            new BooleanQuery.Builder().add(term("unit", "区科技局"), Occur.SHOULD).add(term("unitText", "科技局"), Occur.SHOULD)
                .add(term("type", "task"), Occur.FILTER).setMinimumNumberShouldMatch(1).build(),
            "{\"bool\":{\"must\":[{\"bool\":{\"should\":[\"{!term f=unit v=$q0}\",\"{!term f=unitText v=$q1}\"]}}],"
                + "\"filter\":[\"{!term f=type v=$q2}\"]}}",
            Map.of("q0", "区科技局", "q1", "科技局", "q2", "task")),
        Arguments.of("wildcard: standard parser, specials escaped, wildcards kept",
            new WildcardQuery(new Term("issuer", "*温州市 鹿城区\\**")),
            "\"{!lucene v=$q0}\"", Map.of("q0", "issuer:*温州市\\ 鹿城区\\**")),
        Arguments.of("double range: bounds as inclusive doubles, infinity open",
            DoublePoint.newRangeQuery("value", Math.nextUp(2.0), Double.POSITIVE_INFINITY),
            "\"{!lucene v=$q0}\"", Map.of("q0", "value:[2.0000000000000004 TO *]")),
        Arguments.of("int range", IntPoint.newRangeQuery("year", 2021, 2022),
            "\"{!lucene v=$q0}\"", Map.of("q0", "year:[2021 TO 2022]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void translates(String rule, Query query, String json, Map<String, String> params) {
    SolrQueryTranslator.Translated t = SolrQueryTranslator.translate(query);
    assertEquals(json, t.query().toString(), rule);
    assertEquals(params, t.params(), rule);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("unknown query type", new FuzzyQuery(new Term("body", "人才")), "cannot translate a FuzzyQuery"),
        Arguments.of("sloppy phrase", new PhraseQuery(2, "body", "科技", "企业"), "sloppy phrase"),
        Arguments.of("dismax with tie", new DisjunctionMaxQuery(List.of(term("body", "a")), 0.1f), "dismax with tie"),
        Arguments.of("minimum should match over 1", new BooleanQuery.Builder().add(term("body", "a"), Occur.SHOULD)
            .add(term("body", "b"), Occur.SHOULD).setMinimumNumberShouldMatch(2).build(), "minimum-should-match 2"),
        Arguments.of("range on a field without points", DoublePoint.newRangeQuery("ordinal", 1, 2), "point range on [ordinal]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejects(String rule, Query query, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrQueryTranslator.translate(query));
    assertTrue(e.getMessage().contains(message), rule + ": " + e.getMessage());
  }

  @Test
  void everyQueryOfTheLanguageTranslates() {
    QueryFactory factory = new QueryFactory(Analyzers.text(), SearchVocabulary.standard());
    for (String q : List.of("高新技术企业 type:target year:2024", "type:task lead:区科技局", "R&D value:>2 measure:%",
        "(人工智能 OR 数字经济) AND 人才 -引进", "\"科技 创新\" kind:increase comparator:>=", "NOT 人才 issuer:德清县",
        "value:{2 TO 5] year:[2021 TO *] unit:科技局", "")) {
      SolrQueryTranslator.Translated t = SolrQueryTranslator.translate(factory.build(SearchRequest.parse(q)));
      assertTrue(t.query().toString().startsWith("{\"bool\""), q + " → " + t.query());
    }
  }
}
