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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.index.PolicyIndexer;

/**
 * Searches an index read-only. Sees the index as it was committed when opened, or at the last
 * {@link #refresh()}. Queries are analyzed with the analyzer the index was built with (its name is in the
 * commit data). Thread-safe: each call searches the reader current when it starts
 * ({@link SearcherManager}). A query searches the index's slices (groups of segments) in parallel on a
 * pool of one thread per core, owned by the searcher; each slice collects its own page and count, so
 * results do not depend on thread timing ({@link SearchTuning}).
 */
public final class PolicySearcher implements Closeable {

  /** Facet dimensions counted from doc values, in output order. */
  public static final List<String> FACETS = List.of(
      FieldNames.ISSUER, FieldNames.YEAR, FieldNames.UNIT, FieldNames.LEAD_UNIT, FieldNames.MEASURE, FieldNames.KIND);

  /** Region facet dimensions, derived from the issuer counts ({@link IssuerRegion}), after {@link #FACETS}. */
  public static final List<String> REGION_FACETS = List.of("province", "city", "county");

  /** Most values listed per facet dimension (the most frequent; years: all, in order). */
  public static final int FACET_VALUES = 20;

  /**
   * Totals are counted exactly up to this many matches. Past it, a search without facets stops counting
   * and skips entries that cannot enter the page (block-max WAND for relevance, the points of the sort
   * field for value and year), and the total is a lower bound ({@link SearchResult#totalExact()} false).
   */
  public static final int EXACT_TOTAL_UP_TO = 10_000;

  private final Path dir;
  private final Directory directory;
  private final SearcherManager manager;
  private final Analyzer analyzer;
  private final String analyzerName;
  private final QueryFactory queries;
  private final FacetStateCache facetStates;
  private final int exactTotalUpTo;
  private final SearchTuning tuning;
  private final ExecutorService pool;

  private final FacetTally tally;
  private final HitReader hitReader;

  private PolicySearcher(Path dir, Directory directory, DirectoryReader reader, String analyzerName,
      SearchVocabulary vocabulary, int exactTotalUpTo, SearchTuning tuning) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.tuning = tuning;
    this.pool = tuning.threads() > 1 ? Executors.newFixedThreadPool(tuning.threads(), daemonThreads()) : null;
    try {
      this.manager = new SearcherManager(reader, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader r, IndexReader previous) {
          return new IndexSearcher(r, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
              return IndexSlices.of(leaves, tuning.threads());
            }
          };
        }
      });
    } catch (IOException | RuntimeException e) {
      if (pool != null) {
        pool.shutdown();
      }
      throw e;
    }
    this.exactTotalUpTo = exactTotalUpTo;
    this.analyzerName = analyzerName;
    this.analyzer = Analyzers.text(analyzerName);
    this.tally = new FacetTally(vocabulary);
    this.queries = new QueryFactory(analyzer, vocabulary, !tuning.lean());
    this.hitReader = new HitReader(new TermMarker(analyzer));
    this.facetStates = new FacetStateCache(FACETS.stream().filter(d -> !FieldNames.YEAR.equals(d)).toList());
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
    return open(dir, vocabulary, EXACT_TOTAL_UP_TO);
  }

  /**
   * As {@link #open(Path, SearchVocabulary)}, counting totals exactly up to {@code exactTotalUpTo} matches
   * (tests compare the early-terminated path with the exact one on a small index).
   */
  static PolicySearcher open(Path dir, SearchVocabulary vocabulary, int exactTotalUpTo) throws IOException {
    return open(dir, vocabulary, exactTotalUpTo, SearchTuning.standard());
  }

  /** As {@link #open(Path, SearchVocabulary, int)}, run with this tuning (the load bench compares tunings). */
  static PolicySearcher open(Path dir, SearchVocabulary vocabulary, int exactTotalUpTo, SearchTuning tuning)
      throws IOException {
    if (exactTotalUpTo < 1) {
      throw new IllegalArgumentException("exactTotalUpTo must be >= 1, got [" + exactTotalUpTo + "]");
    }
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
        return new PolicySearcher(dir, directory, reader, analyzer, vocabulary, exactTotalUpTo, tuning);
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

  /**
   * Sees the latest commit of the index from now on (searches already running finish on the reader they
   * started with). The facet state of the old reader is dropped when its last search ends.
   *
   * @return whether there was a newer commit
   * @throws IndexUnavailableException when the new commit was written with another analyzer or layout
   */
  public boolean refresh() throws IOException {
    IndexSearcher before = manager.acquire();
    try {
      manager.maybeRefreshBlocking();
      IndexSearcher after = manager.acquire();
      try {
        if (after.getIndexReader() == before.getIndexReader()) {
          return false;
        }
        String name = checkCompatible(dir, ((DirectoryReader) after.getIndexReader()).getIndexCommit().getUserData());
        if (!name.equals(analyzerName)) {
          throw new IndexUnavailableException(dir, "index rebuilt with analyzer [" + name + "] while open with ["
              + analyzerName + "]: open it again");
        }
        return true;
      } finally {
        manager.release(after);
      }
    } finally {
      manager.release(before);
    }
  }

  /** The name of the analyzer the index was built (and is searched) with. */
  public String analyzerName() {
    return analyzerName;
  }

  /** The page of hits for the request, with the total and, when asked, the facet counts. */
  public SearchResult query(SearchRequest request) throws IOException {
    Query query = queries.build(request);
    IndexSearcher searcher = manager.acquire();
    try {
      return query(searcher, request, query);
    } finally {
      manager.release(searcher);
    }
  }

  private SearchResult query(IndexSearcher searcher, SearchRequest request, Query query) throws IOException {
    int wanted = request.offset() + request.limit();
    int threshold = Math.max(exactTotalUpTo, wanted);
    CollectorManager<?, ? extends TopDocs> top = topDocs(request.sort(), wanted, threshold);
    TopDocs docs;
    long total;
    boolean exact;
    Map<String, List<FacetCount>> facets = null;
    if (request.facets() && tuning.onePass()) {
      // facets visit every match anyway: the page is collected in the same pass, but then every match
      // is scored, phrase bonus clauses included (slower than two passes on the bench, docs/search.md)
      Object[] both = searcher.search(query, new MultiCollectorManager(top, FacetCounter.standard()));
      docs = (TopDocs) both[0];
      FacetCounter.Counts counts = (FacetCounter.Counts) both[1];
      facets = tally.facets(counts.raw());
      total = counts.matches();
      exact = true;
    } else {
      docs = searcher.search(query, top);
      total = docs.totalHits.value;
      exact = docs.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      if (request.facets()) {
        // a second pass over every match, without scores: counting needs them all, the page does not, so
        // the page keeps its early termination and the facet pass gives the exact total
        if (tuning.ownCounts()) {
          FacetCounter.Counts counts = searcher.search(query, FacetCounter.standard());
          facets = tally.facets(counts.raw());
          total = counts.matches();
        } else {
          FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
          facets = facets(all, facetStates.states(searcher.getIndexReader()));
          total = 0;
          for (FacetsCollector.MatchingDocs m : all.getMatchingDocs()) {
            total += m.totalHits;
          }
        }
        exact = true;
      }
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
      // not the policy's whole JSON and text a document entry also stores (tens of KB to decode per hit)
      DocumentStoredFieldVisitor fields = tuning.lean() ? new HitFields() : new DocumentStoredFieldVisitor();
      stored.document(page[i].doc, fields);
      hits[i] = hitReader.toHit(fields.getDocument(), page[i].score, terms);
    }
    return new SearchResult(total, exact, request.offset(), Arrays.asList(hits), facets);
  }

  /**
   * The matching targets as comparison rows, sorted by {@link CompareRow#ORDER}: the request's best
   * {@code limit} target matches (its type filter is replaced by {@code target}), with the total.
   */
  public CompareResult compare(SearchRequest request) throws IOException {
    SearchRequest targets = request.withFilters(request.filters().withType(EntryType.TARGET));
    Query query = queries.build(targets);
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs docs = searcher.search(query, new TopScoreDocCollectorManager(targets.limit(), null, Integer.MAX_VALUE));
      int[] ids = new int[docs.scoreDocs.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = docs.scoreDocs[i].doc;
      }
      Arrays.sort(ids);
      List<CompareRow> rows = new ArrayList<>(CompareColumns.read(searcher.getIndexReader(), ids));
      rows.sort(CompareRow.ORDER);
      return new CompareResult(docs.totalHits.value, rows);
    } finally {
      manager.release(searcher);
    }
  }

  /** The hits of {@link #query}. */
  public List<SearchHit> search(SearchRequest request) throws IOException {
    return query(request).hits();
  }

  /** How many entries match the request, ignoring offset and limit. */
  public int count(SearchRequest request) throws IOException {
    Query query = queries.build(request);
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(query);
    } finally {
      manager.release(searcher);
    }
  }

  /** Entry counts by type. */
  public IndexStats stats() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return new IndexStats(countType(searcher, EntryType.DOCUMENT), countType(searcher, EntryType.TASK),
          countType(searcher, EntryType.TARGET));
    } finally {
      manager.release(searcher);
    }
  }

  private static long countType(IndexSearcher searcher, EntryType type) throws IOException {
    return searcher.count(new TermQuery(new Term(FieldNames.TYPE, type.code())));
  }

  /** The stored fields of an entry a hit shows: all but a document's whole policy JSON and full text. */
  private static final class HitFields extends DocumentStoredFieldVisitor {
    @Override
    public Status needsField(FieldInfo fieldInfo) {
      return FieldNames.POLICY.equals(fieldInfo.name) || FieldNames.TEXT.equals(fieldInfo.name) ? Status.NO : Status.YES;
    }
  }

  /**
   * The page's collector manager. Relevance: the score collector, which keeps scores (ties in doc order, as
   * SCORE then DOC would); value and year: the field collector, with scores filled in afterwards for the
   * returned hits. Each index slice gets a collector of its own, counting up to {@code threshold} and
   * skipping on its own (Lucene's shared counter would make a lower-bound total depend on thread timing);
   * the slices' pages are merged in score or sort order, ties by doc id, so the page is the one a single
   * collector finds.
   */
  private static CollectorManager<?, ? extends TopDocs> topDocs(SortOrder order, int wanted, int threshold) {
    if (order == SortOrder.RELEVANCE) {
      return new CollectorManager<TopScoreDocCollector, TopDocs>() {
        @Override
        public TopScoreDocCollector newCollector() {
          return new TopScoreDocCollectorManager(wanted, null, threshold, false).newCollector();
        }

        @Override
        public TopDocs reduce(java.util.Collection<TopScoreDocCollector> collectors) {
          TopDocs[] each = collectors.stream().map(TopScoreDocCollector::topDocs).toArray(TopDocs[]::new);
          return TopDocs.merge(0, wanted, each);
        }
      };
    }
    Sort sort = sort(order);
    return new CollectorManager<TopFieldCollector, TopFieldDocs>() {
      @Override
      public TopFieldCollector newCollector() {
        return new TopFieldCollectorManager(sort, wanted, null, threshold, false).newCollector();
      }

      @Override
      public TopFieldDocs reduce(java.util.Collection<TopFieldCollector> collectors) {
        TopFieldDocs[] each = collectors.stream().map(TopFieldCollector::topDocs).toArray(TopFieldDocs[]::new);
        return TopDocs.merge(sort, 0, wanted, each);
      }
    };
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "policy-search-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
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

  private Map<String, List<FacetCount>> facets(FacetsCollector hits, Map<String, StringDocValuesReaderState> states)
      throws IOException {
    Map<String, Map<String, Long>> raw = new LinkedHashMap<>();
    for (String dim : FACETS) {
      Map<String, Long> byLabel = new LinkedHashMap<>();
      FacetResult r = FieldNames.YEAR.equals(dim)
          ? new LongValueFacetCounts(dim, hits).getAllChildrenSortByValue()
          : new StringValueFacetCounts(states.get(dim), hits).getAllChildren(dim);
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
      manager.close();
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }
}
