package org.gongwen.policy.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.index.PolicyIndexer;

/**
 * Searches an index read-only. Sees the index as it was committed when opened. Thread-safe.
 */
public final class PolicySearcher implements Closeable {

  private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final QueryFactory queries;

  private PolicySearcher(Directory directory, DirectoryReader reader, Analyzer analyzer) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.analyzer = analyzer;
    this.queries = new QueryFactory(analyzer);
  }

  /**
   * Opens the index in {@code dir}.
   *
   * @throws IndexUnavailableException when there is no index there, or it was built with another
   *     analyzer or field layout
   */
  public static PolicySearcher open(Path dir) throws IOException {
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
        checkCompatible(dir, reader.getIndexCommit().getUserData());
        return new PolicySearcher(directory, reader, Analyzers.text());
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void checkCompatible(Path dir, Map<String, String> commitData) throws IndexUnavailableException {
    String analyzer = commitData.get(PolicyIndexer.ANALYZER_KEY);
    if (analyzer != null && !analyzer.equals(Analyzers.NAME)) {
      throw new IndexUnavailableException(dir, "index built with analyzer [" + analyzer
          + "], this build searches with [" + Analyzers.NAME + "]: index again");
    }
    String format = commitData.get(PolicyIndexer.FORMAT_KEY);
    if (format != null && !format.equals(PolicyIndexer.FORMAT)) {
      throw new IndexUnavailableException(dir, "index format [" + format + "], this build reads ["
          + PolicyIndexer.FORMAT + "]: index again");
    }
  }

  /** The best hits for the request, best first; ties in index order. */
  public List<SearchHit> search(SearchRequest request) throws IOException {
    Query query = queries.build(request);
    TopFieldDocs top = searcher.search(query, request.limit(), BY_RELEVANCE, true);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      hits.add(toHit(stored.document(sd.doc), sd.score));
    }
    return hits;
  }

  /** How many entries match the request, ignoring its limit. */
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

  private static SearchHit toHit(Document d, float score) {
    String type = d.get(FieldNames.TYPE);
    boolean task = EntryType.TASK.code().equals(type);
    boolean target = EntryType.TARGET.code().equals(type);
    List<String> units = task || target ? unitsOf(d) : null;
    return new SearchHit(
        type,
        score,
        d.get(FieldNames.DOC_ID),
        d.get(FieldNames.FILE),
        d.get(FieldNames.DOC_TITLE),
        d.get(FieldNames.DOC_NUMBER),
        d.get(FieldNames.SIGNED_DATE),
        d.get(FieldNames.NUMBER),
        task ? d.get(FieldNames.TITLE) : null,
        d.get(FieldNames.SECTION),
        units == null || units.isEmpty() ? null : units,
        d.get(FieldNames.INDICATOR),
        target ? number(d, FieldNames.VALUE).doubleValue() : null,
        d.get(FieldNames.MEASURE),
        target ? intOrNull(d, FieldNames.YEAR) : null,
        d.get(FieldNames.COMPARATOR),
        d.get(FieldNames.KIND),
        d.get(FieldNames.SCOPE),
        d.get(FieldNames.RAW),
        d.get(FieldNames.EVIDENCE),
        d.get(FieldNames.JSON));
  }

  /** Unit names in index order, lead units marked with a leading {@code *}. */
  private static List<String> unitsOf(Document d) {
    List<String> leads = Arrays.asList(d.getValues(FieldNames.LEAD_UNIT));
    List<String> units = new ArrayList<>();
    for (String u : d.getValues(FieldNames.UNIT)) {
      units.add(leads.contains(u) ? "*" + u : u);
    }
    return units;
  }

  private static Number number(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  private static Integer intOrNull(Document d, String field) {
    Number n = number(d, field);
    return n == null ? null : n.intValue();
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer) {
      reader.close();
    }
  }
}
