package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.gongwen.policy.index.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The search's lexicon lists: unit aliases and issuer regions as case tables, synonyms as token paths. */
class SearchVocabularyTest {

  private static final SearchVocabulary VOCABULARY = SearchVocabulary.standard();

  static List<Arguments> table(String name) throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = SearchVocabularyTest.class.getResourceAsStream(name)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Arguments.of((Object[]) line.split("\t")));
        }
      }
    }
    return out;
  }

  static List<Arguments> unitCases() throws IOException {
    return table("unit-alias-cases.tsv");
  }

  static List<Arguments> regionCases() throws IOException {
    return table("issuer-region-cases.tsv");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("unitCases")
  void unitAliases(String name, String canonical, String variants) {
    assertEquals(canonical, VOCABULARY.units().canonical(name));
    assertEquals(Arrays.asList(variants.split(" \\| ")), VOCABULARY.units().variants(name));
  }

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @MethodSource("regionCases")
  void issuerRegions(String issuer, String province, String city, String county) {
    IssuerRegion.Region r = VOCABULARY.regions().of(issuer);
    assertEquals(new IssuerRegion.Region(none(province), none(city), none(county)), r);
  }

  private static String none(String s) {
    return "-".equals(s) ? null : s;
  }

  @Test
  void anAliasNamingTwoUnitsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitAliases.of(List.of("科学技术局\t科技局", "科技工作局\t科技局")));
    assertTrue(e.getMessage().contains("[科技局]"), e.getMessage());
  }

  @Test
  void synonymPathsOfAWordInContext() {
    try (Analyzer a = Analyzers.text(Analyzers.SMARTCN)) {
      QuerySynonyms synonyms = VOCABULARY.synonyms(a);
      List<String> paths = synonyms.variants("研发费用增速").stream()
          .map(p -> String.join(" ", p.stream().map(QueryFactory.Token::term).toList())).toList();
      assertEquals("研发 费用 增速", paths.get(0), "the words as typed come first");
      assertTrue(paths.contains("研究 开发 经费 增速"), paths.toString());
      assertTrue(paths.contains("研发 投入 增速"), paths.toString());
      // a word in no group has only itself
      assertEquals(1, synonyms.variants("孵化面积").size());
    }
  }
}
