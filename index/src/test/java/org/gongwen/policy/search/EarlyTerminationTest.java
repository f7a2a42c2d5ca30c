package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.index.Analyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Early termination changes how many matches are counted, never which hits are returned: over a small
 * real index, a searcher that counts totals exactly only up to one match returns the same page (same
 * entries, order and scores) and the same facet counts as one that counts everything; its total is the
 * exact one or a lower bound marked {@code gte} (case table {@code early-termination-cases.tsv}).
 */
class EarlyTerminationTest {

  @TempDir
  static Path dir;

  private static PolicySearcher exact;
  private static PolicySearcher early;

  @BeforeAll
  static void index() throws IOException {
    SeedIndex.write(dir, Analyzers.NAME, SeedIndex.seedsAndMiniSamples());
    exact = PolicySearcher.open(dir, SearchVocabulary.standard(), Integer.MAX_VALUE);
    early = PolicySearcher.open(dir, SearchVocabulary.standard(), 1);
  }

  @AfterAll
  static void close() throws IOException {
    exact.close();
    early.close();
  }

  static List<Arguments> cases() throws IOException {
    return SearchVocabularyTest.table("early-termination-cases.tsv");
  }

  @ParameterizedTest(name = "{0} sort {1} offset {2} limit {3} facets {4} -> {5}")
  @MethodSource("cases")
  void samePageAndFacetsAsTheExactCount(String query, String sort, String offset, String limit, String facets,
      String relation) throws IOException {
    SearchRequest request = SearchRequest.parse(query).withSort(SortOrder.fromCode(sort))
        .withOffset(Integer.parseInt(offset)).withLimit(Integer.parseInt(limit)).withFacets("yes".equals(facets));
    SearchResult all = exact.query(request);
    SearchResult cut = early.query(request);

    assertTrue(all.totalExact(), "counting everything gives an exact total");
    assertFalse(all.hits().isEmpty(), "a case with no hits proves nothing: " + query);
    assertEquals(page(all), page(cut), "same hits, order and scores");
    assertEquals(relation, cut.totalRelation());
    if (cut.totalExact()) {
      assertEquals(all.total(), cut.total());
    } else {
      // a lower bound: Lucene may have counted every match of a small index before it could skip
      assertTrue(cut.total() <= all.total(), cut.total() + " counted of " + all.total());
      assertTrue(cut.total() >= Integer.parseInt(offset) + cut.hits().size(), "the bound covers the page");
    }
    assertEquals(all.facets(), cut.facets(), "facet counts are over every match either way");
    if (request.facets()) {
      long issuers = all.facets().get("issuer").stream().mapToLong(FacetCount::count).sum();
      assertTrue(issuers > 0, "facets counted");
    }
  }

  private static List<String> page(SearchResult r) {
    return r.hits().stream().map(h -> HitKey.of(h) + " #" + h.ordinal() + " " + h.score()).toList();
  }
}
