package org.gongwen.policy.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.Query;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.search.FacetTally;
import org.gongwen.policy.search.HitReader;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.QueryFactory;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SearchResult;
import org.gongwen.policy.search.SearchVocabulary;
import org.gongwen.policy.search.SortOrder;
import org.gongwen.policy.search.TermMarker;

/**
 * Answers {@link SearchRequest}s from a Solr collection with the embedded search's rules: the request is
 * built into the same Lucene query ({@link QueryFactory}, analyzer {@link Analyzers#NAME}, the lexicon's
 * synonyms and unit aliases), translated into Solr's JSON query DSL ({@link SolrQueryTranslator}) and sent
 * to the JSON request API (the {@code /select} handler) with the sort, the page and, when asked, JSON terms facets over
 * doc values; hits and facets come back as the embedded search's {@link SearchResult} ({@link HitReader},
 * {@link FacetTally}). Ties of a sort are broken by relevance, then by the unique key (the embedded index
 * breaks them by index order). Thread-safe.
 */
public final class SolrSearcher implements Closeable {

  private final SolrHttp http;
  private final ObjectMapper mapper;
  private final Analyzer analyzer;
  private final QueryFactory queries;
  private final HitReader hits;
  private final FacetTally tally;

  private SolrSearcher(SolrHttp http, ObjectMapper mapper, Analyzer analyzer, SearchVocabulary vocabulary) {
    this.http = http;
    this.mapper = mapper;
    this.analyzer = analyzer;
    this.queries = new QueryFactory(analyzer, vocabulary);
    this.hits = new HitReader(new TermMarker(analyzer));
    this.tally = new FacetTally(vocabulary);
  }

  /** A searcher of the collection with the project's lexicon. */
  public static SolrSearcher open(SolrCollection collection) {
    return open(collection, SearchVocabulary.standard());
  }

  /** A searcher of the collection with this vocabulary (synonyms, unit aliases, regions). */
  public static SolrSearcher open(SolrCollection collection, SearchVocabulary vocabulary) {
    ObjectMapper mapper = new ObjectMapper();
    return new SolrSearcher(new SolrHttp(collection, mapper, Duration.ofSeconds(60)), mapper,
        Analyzers.text(Analyzers.NAME), vocabulary);
  }

  /** The JSON request body of a search (for tests and {@code --verbose}). */
  public ObjectNode requestBody(SearchRequest request) {
    Query query = queries.build(request);
    SolrQueryTranslator.Translated t = SolrQueryTranslator.translate(query);
    ObjectNode body = mapper.createObjectNode();
    body.set("query", t.query());
    body.put("offset", request.offset());
    body.put("limit", request.limit());
    body.put("sort", sort(request.sort()));
    body.putArray("fields").add("*").add("score");
    ObjectNode params = body.putObject("params");
    t.params().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> params.put(e.getKey(), e.getValue()));
    if (request.facets()) {
      ObjectNode facet = body.putObject("facet");
      for (String dim : PolicySearcher.FACETS) {
        ObjectNode f = facet.putObject(dim);
        f.put("type", "terms");
        f.put("field", dim);
        f.put("limit", -1);
        f.put("mincount", 1);
        f.put("sort", FieldNames.YEAR.equals(dim) ? "index asc" : "count desc");
      }
    }
    return body;
  }

  /** The page of hits for the request, with the exact total and, when asked, the facet counts. */
  public SearchResult query(SearchRequest request) throws IOException {
    JsonNode answer = http.post("select", "", mapper.writeValueAsBytes(requestBody(request)));
    JsonNode response = answer.path("response");
    Set<String> terms = request.highlight() ? queries.terms(request.query()) : Set.of();
    List<org.gongwen.policy.search.SearchHit> page = new ArrayList<>();
    for (JsonNode doc : response.path("docs")) {
      page.add(hits.toHit(stored(doc), (float) doc.path("score").asDouble(), terms));
    }
    return new SearchResult(response.path("numFound").asLong(), request.offset(), page,
        request.facets() ? tally.facets(rawFacets(answer.path("facets"))) : null);
  }

  /** How many entries match the request. */
  public long count(SearchRequest request) throws IOException {
    return query(request.withOffset(0).withLimit(1).withFacets(false).withHighlight(false)).total();
  }

  private static String sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "score desc, " + SolrEntries.ID + " asc";
      // entries without the field come last (sortMissingLast in the schema), as in the embedded sort
      case VALUE -> FieldNames.VALUE + " desc, score desc, " + SolrEntries.ID + " asc";
      case YEAR -> FieldNames.YEAR + " asc, score desc, " + SolrEntries.ID + " asc";
    };
  }

  private static Map<String, Map<String, Long>> rawFacets(JsonNode facets) {
    Map<String, Map<String, Long>> raw = new LinkedHashMap<>();
    for (String dim : PolicySearcher.FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (JsonNode bucket : facets.path(dim).path("buckets")) {
        values.put(bucket.path("val").asText(), bucket.path("count").asLong());
      }
      raw.put(dim, values);
    }
    return raw;
  }

  /** The Solr document as a Lucene document of stored fields, numbers typed as the embedded index stores them. */
  private static Document stored(JsonNode doc) {
    Document d = new Document();
    doc.fields().forEachRemaining(e -> {
      String name = e.getKey();
      if (name.equals("score") || name.equals(SolrEntries.ID) || name.startsWith("_")) {
        return;
      }
      JsonNode v = e.getValue();
      if (v.isArray()) {
        v.forEach(item -> d.add(field(name, item)));
      } else {
        d.add(field(name, v));
      }
    });
    return d;
  }

  private static StoredField field(String name, JsonNode v) {
    if (v.isIntegralNumber() && !FieldNames.VALUE.equals(name)) {
      return new StoredField(name, v.intValue());
    }
    if (v.isNumber()) {
      return new StoredField(name, v.doubleValue());
    }
    return new StoredField(name, v.asText());
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
