package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The searcher's tunings ({@link SearchTuning}) change how a query runs, never what it answers: over an
 * index of several segments (one commit per notice, so a parallel searcher has several slices), parallel
 * slices, one pass for page and facets, {@link FacetCounter}'s counts and reading only the stored fields a
 * hit shows give the page (with every hit field), facets and exact totals of the searcher before them (one
 * thread, two passes, Lucene's facet counts, every stored field read). Case table
 * {@code search-tuning-cases.tsv}.
 */
class SearchTuningTest {

  @TempDir
  static Path dir;

  private static final List<SearchTuning> TUNINGS = List.of(
      new SearchTuning(3, true, true, true), new SearchTuning(3, false, true, false),
      new SearchTuning(1, true, true, true), new SearchTuning(3, false, false, true), new SearchTuning(1, false, false, true));

  private static PolicySearcher before;
  private static final List<PolicySearcher> tuned = new ArrayList<>();
  private static final List<PolicySearcher> tunedEarly = new ArrayList<>();
  private static PolicySearcher beforeEarly;

  @BeforeAll
  static void index() throws IOException {
    for (PolicyDocument d : SeedIndex.seedsAndMiniSamples()) {
      SeedIndex.write(dir, Analyzers.NAME, List.of(d));
    }
    before = PolicySearcher.open(dir, SearchVocabulary.standard(), PolicySearcher.EXACT_TOTAL_UP_TO, SearchTuning.before());
    beforeEarly = PolicySearcher.open(dir, SearchVocabulary.standard(), 1, SearchTuning.before());
    for (SearchTuning t : TUNINGS) {
      tuned.add(PolicySearcher.open(dir, SearchVocabulary.standard(), PolicySearcher.EXACT_TOTAL_UP_TO, t));
      tunedEarly.add(PolicySearcher.open(dir, SearchVocabulary.standard(), 1, t));
    }
  }

  @AfterAll
  static void close() throws IOException {
    before.close();
    beforeEarly.close();
    for (PolicySearcher s : tuned) {
      s.close();
    }
    for (PolicySearcher s : tunedEarly) {
      s.close();
    }
  }

  @Test
  void theIndexHasSeveralSlices() throws IOException {
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      var slices = IndexSlices.of(reader.leaves(), 3);
      assertTrue(slices.length > 1 && slices.length <= 3, "one commit per notice gives several slices, got "
          + slices.length + " of " + reader.leaves().size() + " segments");
      assertEquals(reader.leaves().size(), java.util.Arrays.stream(slices).mapToInt(s -> s.leaves.length).sum(),
          "every segment in one slice");
      assertEquals(1, IndexSlices.of(reader.leaves(), 1).length, "one thread, one slice");
    }
  }

  static List<Arguments> cases() throws IOException {
    return SearchVocabularyTest.table("search-tuning-cases.tsv");
  }

  @ParameterizedTest(name = "{0} sort {1} offset {2} limit {3} facets {4}")
  @MethodSource("cases")
  void everyTuningAnswersAsBefore(String query, String sort, String offset, String limit, String facets)
      throws IOException {
    SearchRequest request = SearchRequest.parse(query).withSort(SortOrder.fromCode(sort))
        .withOffset(Integer.parseInt(offset)).withLimit(Integer.parseInt(limit)).withFacets("yes".equals(facets));
    SearchResult expected = before.query(request);
    assertTrue(expected.totalExact());
    if (request.facets() && expected.total() > 0) {
      assertTrue(expected.facets().get("issuer").stream().mapToLong(FacetCount::count).sum() > 0, "facets counted");
    }
    for (int i = 0; i < TUNINGS.size(); i++) {
      SearchResult got = tuned.get(i).query(request);
      assertEquals(page(expected), page(got), TUNINGS.get(i) + ": same hits, order and scores");
      assertEquals(expected.facets(), got.facets(), TUNINGS.get(i) + ": same facets");
      assertEquals(expected.total(), got.total(), TUNINGS.get(i) + ": same total");
      assertTrue(got.totalExact());
      assertEquals(expected, got, TUNINGS.get(i) + ": same result");
    }
  }

  @ParameterizedTest(name = "early: {0} sort {1} offset {2} limit {3} facets {4}")
  @MethodSource("cases")
  void everyTuningGivesTheSamePageWhenCountingStopsEarly(String query, String sort, String offset, String limit,
      String facets) throws IOException {
    SearchRequest request = SearchRequest.parse(query).withSort(SortOrder.fromCode(sort))
        .withOffset(Integer.parseInt(offset)).withLimit(Integer.parseInt(limit)).withFacets("yes".equals(facets));
    SearchResult all = before.query(request);
    SearchResult expected = beforeEarly.query(request);
    for (int i = 0; i < TUNINGS.size(); i++) {
      SearchResult got = tunedEarly.get(i).query(request);
      assertEquals(page(expected), page(got), TUNINGS.get(i) + ": same hits, order and scores");
      assertEquals(expected.facets(), got.facets(), TUNINGS.get(i) + ": same facets");
      if (got.totalExact()) {
        assertEquals(all.total(), got.total(), TUNINGS.get(i) + ": an exact total is the total");
      } else {
        assertTrue(got.total() <= all.total() && got.total() >= Integer.parseInt(offset) + got.hits().size(),
            TUNINGS.get(i) + ": a lower bound " + got.total() + " of " + all.total());
      }
      // each slice counts on its own, so a lower bound does not depend on thread timing
      assertEquals(got.total(), tunedEarly.get(i).query(request).total(), TUNINGS.get(i) + ": repeatable total");
    }
  }

  @Test
  void tuningsAreNamedOrSpelledOut() {
    assertEquals(new SearchTuning(1, false, false, false), SearchTuning.parse("before"));
    assertEquals(new SearchTuning(4, true, true, true), SearchTuning.parse("threads=4, onepass=true"));
    assertEquals(SearchTuning.standard(), SearchTuning.parse("standard"));
    assertThrows(IllegalArgumentException.class, () -> SearchTuning.parse("threads=0"));
    assertThrows(IllegalArgumentException.class, () -> SearchTuning.parse("onepass=true,owncounts=false"));
    assertThrows(IllegalArgumentException.class, () -> SearchTuning.parse("slices=2"));
  }

  private static List<String> page(SearchResult r) {
    return r.hits().stream().map(h -> HitKey.of(h) + " #" + h.ordinal() + " " + h.score()).toList();
  }
}
