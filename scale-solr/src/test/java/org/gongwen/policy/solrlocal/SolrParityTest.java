package org.gongwen.policy.solrlocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.SearchHit;
import org.gongwen.policy.search.SearchJson;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SearchResult;
import org.gongwen.policy.search.SortOrder;
import org.gongwen.policy.solr.SolrCollection;
import org.gongwen.policy.solr.SolrIndexer;
import org.gongwen.policy.solr.SolrSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The same corpus (the seeds and the mini samples: the corpus of the index module's ResearcherQuestionsTest)
 * in the embedded index and in a real SolrCloud of two nodes and a two-shard collection created from
 * {@code scale/solr/configsets/policy}: every question of {@code researcher-questions.tsv} (those of
 * ResearcherQuestionsTest and more of the query language) gets the same total, the same hits with the same
 * stored values and scores, the same facets and, for value and year sorts, the same order of values through
 * Solr as through the embedded index.
 */
class SolrParityTest {

  private static final Path CONFIGSET = Path.of("..", "scale", "solr", "configsets", "policy");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static LocalSolrCloud cloud;
  private static PolicySearcher embedded;
  private static SolrSearcher solr;

  @BeforeAll
  static void load() throws IOException {
    List<PolicyDocument> docs = corpus();
    try (PolicyIndexer indexer = PolicyIndexer.open(dir.resolve("index"), Analyzers.NAME)) {
      for (PolicyDocument d : docs) {
        indexer.add(d);
      }
    }
    embedded = PolicySearcher.open(dir.resolve("index"));
    cloud = LocalSolrCloud.start(0, dir.resolve("solr"), CONFIGSET, "policy", 2, 2);
    SolrCollection collection = SolrCollection.parse(cloud.collectionUrl());
    try (SolrIndexer indexer = SolrIndexer.open(collection, true, 7)) {
      for (PolicyDocument d : docs) {
        indexer.add(d);
      }
      // a second add of one policy replaces its entries: no duplicates
      indexer.add(docs.get(0));
    }
    solr = SolrSearcher.open(collection);
  }

  @AfterAll
  static void stop() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
    if (solr != null) {
      solr.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  /** The seeds and the mini samples, extracted with text, in file-name order. */
  private static List<PolicyDocument> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(Path.of("..", "seeds"), Path.of("..", "samples", "mini"))) {
      try (Stream<Path> s = Files.list(folder)) {
        files.addAll(s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList());
      }
    }
    PolicyPipeline pipeline = PolicyPipeline.standard();
    List<PolicyDocument> docs = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(pipeline.process(f, true));
      } catch (InputException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return docs;
  }

  @Test
  void bothHoldTheSameEntries() throws IOException {
    SearchRequest all = SearchRequest.parse("").withLimit(1).withFacets(true);
    SearchResult e = embedded.query(all);
    SearchResult s = solr.query(all);
    assertTrue(e.total() > 300, "entries: " + e.total());
    assertEquals(e.total(), s.total());
    assertEquals(e.facets(), s.facets());
    assertEquals(2, cloud.nodeUrls().size());
  }

  @ParameterizedTest(name = "{0} sort={1}")
  @CsvFileSource(resources = "/researcher-questions.tsv", delimiter = '\t', numLinesToSkip = 1)
  void sameAnswerThroughSolr(String query, String sort, int atLeast) throws IOException {
    SearchRequest request = SearchRequest.parse(query).withSort(SortOrder.fromCode(sort)).withLimit(1000)
        .withFacets(true);
    SearchResult e = embedded.query(request);
    SearchResult s = solr.query(request);
    assertTrue(e.total() >= atLeast, "embedded total of [" + query + "]: " + e.total());
    assertEquals(e.total(), s.total(), "total of [" + query + "]");
    assertEquals(keys(e), keys(s), "hits of [" + query + "]");
    assertEquals(e.facets(), s.facets(), "facets of [" + query + "]");
    // the same stored values, highlights included: the --json objects are equal but for the scores
    ObjectNode ej = withoutScores(SearchJson.of(request, e));
    ObjectNode sj = withoutScores(SearchJson.of(request, s));
    assertEquals(hitSet(ej), hitSet(sj), "hits of [" + query + "] in --json");
    ej.remove("hits");
    sj.remove("hits");
    assertEquals(ej, sj, "--json of [" + query + "] without hits");
    switch (request.sort()) {
      case VALUE -> assertEquals(e.hits().stream().map(SearchHit::value).toList(),
          s.hits().stream().map(SearchHit::value).toList(), "value order of [" + query + "]");
      case YEAR -> assertEquals(e.hits().stream().map(SearchHit::year).toList(),
          s.hits().stream().map(SearchHit::year).toList(), "year order of [" + query + "]");
      case RELEVANCE -> {
        // collection-wide term statistics (ExactStatsCache): each hit scores as in the single embedded index
        Map<String, Float> scores = new HashMap<>();
        e.hits().forEach(h -> scores.put(key(h), h.score()));
        s.hits().forEach(h -> assertEquals(scores.get(key(h)), h.score(), 1e-4f * Math.max(1f, h.score()),
            "score of " + key(h) + " for [" + query + "]"));
      }
    }
  }

  @Test
  void pagingThroughSolrIsASliceOfTheWholeList() throws IOException {
    SearchRequest byValue = SearchRequest.parse("技术交易额 type:target").withSort(SortOrder.VALUE).withLimit(1000);
    List<SearchHit> all = solr.query(byValue).hits();
    assertEquals(all.subList(2, 4), solr.query(byValue.withOffset(2).withLimit(2)).hits());
  }

  private static Set<String> keys(SearchResult r) {
    return r.hits().stream().map(SolrParityTest::key).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String key(SearchHit h) {
    return h.docId() + "/" + h.type() + "/" + h.ordinal();
  }

  private static ObjectNode withoutScores(Object searchJson) {
    ObjectNode n = JSON.valueToTree(searchJson);
    n.withArray("hits").forEach(h -> ((ObjectNode) h).remove("score"));
    return n;
  }

  private static Set<String> hitSet(ObjectNode n) {
    Set<String> out = new TreeSet<>();
    for (JsonNode h : n.withArray("hits")) {
      out.add(h.toString());
    }
    return out;
  }
}
