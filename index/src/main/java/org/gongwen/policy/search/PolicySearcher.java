package org.gongwen.policy.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.index.PolicyIndexer;

/**
 * Searches an index read-only. Sees the index as it was committed when opened. Queries are analyzed with
 * the analyzer the index was built with (its name is in the commit data). Thread-safe.
 */
public final class PolicySearcher implements Closeable {

  /** Facet dimensions counted from doc values, in output order. */
  public static final List<String> FACETS = List.of(
      FieldNames.ISSUER, FieldNames.YEAR, FieldNames.UNIT, FieldNames.LEAD_UNIT, FieldNames.MEASURE, FieldNames.KIND);

  /** Region facet dimensions, derived from the issuer counts ({@link IssuerRegion}), after {@link #FACETS}. */
  public static final List<String> REGION_FACETS = List.of("province", "city", "county");

  /** Most values listed per facet dimension (the most frequent; years: all, in order). */
  public static final int FACET_VALUES = 20;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final String analyzerName;
  private final QueryFactory queries;
  private final Map<String, StringDocValuesReaderState> facetStates;

  private final FacetTally tally;
  private final HitReader hitReader;

  private PolicySearcher(Directory directory, DirectoryReader reader, String analyzerName, SearchVocabulary vocabulary)
      throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.analyzerName = analyzerName;
    this.analyzer = Analyzers.text(analyzerName);
    this.tally = new FacetTally(vocabulary);
    this.queries = new QueryFactory(analyzer, vocabulary);
    this.hitReader = new HitReader(new TermMarker(analyzer));
    Map<String, StringDocValuesReaderState> states = new LinkedHashMap<>();
    for (String dim : FACETS) {
      if (!FieldNames.YEAR.equals(dim)) {
        states.put(dim, new StringDocValuesReaderState(reader, dim));
      }
    }
    this.facetStates = Map.copyOf(states);
  }

  /**
   * Opens the index in {@code dir}.
   *
   * @throws IndexUnavailableException when there is no index there, or it was built with an unknown
   *     analyzer or another field layout
   */
  public static PolicySearcher open(Path dir) throws IOException {
    return open(dir, SearchVocabulary.standard());
  }

  /**
   * Opens the index in {@code dir} with this vocabulary (synonyms, unit aliases, regions).
   *
   * @throws IndexUnavailableException as {@link #open(Path)}
   */
  public static PolicySearcher open(Path dir, SearchVocabulary vocabulary) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IndexUnavailableException(dir, "no index: the directory does not exist");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException(dir, "no index: the directory holds no Lucene index");
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      try {
        String analyzer = checkCompatible(dir, reader.getIndexCommit().getUserData());
        return new PolicySearcher(directory, reader, analyzer, vocabulary);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static String checkCompatible(Path dir, Map<String, String> commitData) throws IndexUnavailableException {
    String analyzer = commitData.getOrDefault(PolicyIndexer.ANALYZER_KEY, Analyzers.SMARTCN);
    if (!Analyzers.NAMES.contains(analyzer)) {
      throw new IndexUnavailableException(dir, "index built with analyzer [" + analyzer
          + "], this build knows " + Analyzers.NAMES + ": index again");
    }
    String format = commitData.get(PolicyIndexer.FORMAT_KEY);
    if (format != null && !format.equals(PolicyIndexer.FORMAT)) {
      throw new IndexUnavailableException(dir, "index format [" + format + "], this build reads ["
          + PolicyIndexer.FORMAT + "]: index again");
    }
    return analyzer;
  }

  /** The name of the analyzer the index was built (and is searched) with. */
  public String analyzerName() {
    return analyzerName;
  }

  /** The page of hits for the request, with the total and, when asked, the facet counts. */
  public SearchResult query(SearchRequest request) throws IOException {
    Query query = queries.build(request);
    int wanted = request.offset() + request.limit();
    // relevance: the score collector keeps scores (ties in doc order, as SCORE then DOC would);
    // value and year: the field collector, with scores filled in afterwards for the returned hits
    CollectorManager<?, ? extends TopDocs> top = request.sort() == SortOrder.RELEVANCE
        ? new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE)
        : new TopFieldCollectorManager(sort(request.sort()), wanted, null, Integer.MAX_VALUE);
    TopDocs docs;
    Map<String, List<FacetCount>> facets = null;
    if (request.facets()) {
      Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      docs = (TopDocs) both[0];
      facets = facets((FacetsCollector) both[1]);
    } else {
      docs = searcher.search(query, top);
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      TopFieldCollector.populateScores(docs.scoreDocs, searcher, query);
    }
    Set<String> terms = request.highlight() ? queries.terms(request.query()) : Set.of();
    StoredFields stored = searcher.storedFields();
    int from = Math.min(request.offset(), docs.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, from, docs.scoreDocs.length);
    // stored fields are compressed in blocks: reading in doc-id order decompresses each block once
    Integer[] byDoc = new Integer[page.length];
    for (int i = 0; i < page.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> page[i].doc));
    SearchHit[] hits = new SearchHit[page.length];
    for (int i : byDoc) {
      hits[i] = hitReader.toHit(stored.document(page[i].doc), page[i].score, terms);
    }
    return new SearchResult(docs.totalHits.value, request.offset(), Arrays.asList(hits), facets);
  }

  /**
   * The matching targets as comparison rows, sorted by {@link CompareRow#ORDER}: the request's best
   * {@code limit} target matches (its type filter is replaced by {@code target}), with the total.
   */
  public CompareResult compare(SearchRequest request) throws IOException {
    SearchRequest targets = request.withFilters(request.filters().withType(EntryType.TARGET));
    Query query = queries.build(targets);
    TopDocs docs = searcher.search(query, new TopScoreDocCollectorManager(targets.limit(), null, Integer.MAX_VALUE));
    int[] ids = new int[docs.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs.scoreDocs[i].doc;
    }
    Arrays.sort(ids);
    List<CompareRow> rows = new ArrayList<>(CompareColumns.read(reader, ids));
    rows.sort(CompareRow.ORDER);
    return new CompareResult(docs.totalHits.value, rows);
  }

  /** The hits of {@link #query}. */
  public List<SearchHit> search(SearchRequest request) throws IOException {
    return query(request).hits();
  }

  /** How many entries match the request, ignoring offset and limit. */
  public int count(SearchRequest request) throws IOException {
    return searcher.count(queries.build(request));
  }

  /** Entry counts by type. */
  public IndexStats stats() throws IOException {
    return new IndexStats(countType(EntryType.DOCUMENT), countType(EntryType.TASK), countType(EntryType.TARGET));
  }

  private long countType(EntryType type) throws IOException {
    return searcher.count(new TermQuery(new Term(FieldNames.TYPE, type.code())));
  }

  private static Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> Sort.RELEVANCE;
      case VALUE -> {
        SortField value = new SortField(FieldNames.VALUE, SortField.Type.DOUBLE, true);
        value.setMissingValue(Double.NEGATIVE_INFINITY);
        yield new Sort(value, SortField.FIELD_SCORE, SortField.FIELD_DOC);
      }
      case YEAR -> {
        SortField year = new SortField(FieldNames.YEAR, SortField.Type.INT);
        year.setMissingValue(Integer.MAX_VALUE);
        yield new Sort(year, SortField.FIELD_SCORE, SortField.FIELD_DOC);
      }
    };
  }

  private Map<String, List<FacetCount>> facets(FacetsCollector hits) throws IOException {
    Map<String, Map<String, Long>> raw = new LinkedHashMap<>();
    for (String dim : FACETS) {
      Map<String, Long> byLabel = new LinkedHashMap<>();
      FacetResult r = FieldNames.YEAR.equals(dim)
          ? new LongValueFacetCounts(dim, hits).getAllChildrenSortByValue()
          : new StringValueFacetCounts(facetStates.get(dim), hits).getAllChildren(dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          byLabel.merge(lv.label, lv.value.longValue(), Long::sum);
        }
      }
      raw.put(dim, byLabel);
    }
    return tally.facets(raw);
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer) {
      reader.close();
    }
  }
}
