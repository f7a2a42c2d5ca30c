package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet state is built once per reader, dropped with it, and a refreshed searcher counts over the new commit. */
class FacetStateCacheTest {

  @Test
  void oneStatePerReaderDroppedWhenTheReaderCloses(@TempDir Path dir) throws IOException {
    SeedIndex.write(dir, Analyzers.NAME, SeedIndex.seeds());
    FacetStateCache cache = new FacetStateCache(List.of(FieldNames.ISSUER, FieldNames.UNIT));
    try (Directory d = FSDirectory.open(dir)) {
      DirectoryReader first = DirectoryReader.open(d);
      DirectoryReader second = DirectoryReader.open(d);
      var states = cache.states(first);
      assertSame(states, cache.states(first), "the second request of a reader reuses its state");
      assertEquals(Set.of(FieldNames.ISSUER, FieldNames.UNIT), states.keySet());
      cache.states(second);
      assertEquals(2, cache.size(), "another reader, another state");
      first.close();
      assertEquals(1, cache.size(), "a closed reader's state is dropped");
      second.close();
      assertEquals(0, cache.size());
    }
  }

  @Test
  void aRefreshedSearcherCountsFacetsOverTheNewCommit(@TempDir Path dir) throws IOException {
    List<PolicyDocument> all = SeedIndex.seedsAndMiniSamples();
    List<PolicyDocument> seeds = SeedIndex.seeds();
    SeedIndex.write(dir, Analyzers.NAME, seeds);
    SearchRequest tasks = SearchRequest.parse("type:task").withFacets(true);
    try (PolicySearcher searcher = PolicySearcher.open(dir)) {
      SearchResult before = searcher.query(tasks);
      assertFalse(searcher.refresh(), "nothing committed since opening");
      SeedIndex.write(dir, Analyzers.NAME, all.subList(seeds.size(), all.size()));
      assertEquals(before, searcher.query(tasks), "the open reader still answers until refresh");
      assertTrue(searcher.refresh());
      SearchResult after = searcher.query(tasks);
      assertNotEquals(before.facets(), after.facets(), "the mini notices add issuers and units");
      try (PolicySearcher fresh = PolicySearcher.open(dir)) {
        SearchResult reopened = fresh.query(tasks);
        assertEquals(reopened.total(), after.total());
        assertEquals(reopened.facets(), after.facets());
      }
    }
  }
}
