package org.gongwen.policy.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.gongwen.policy.model.PolicyDocument;

/**
 * Writes policies into an index directory (created when missing). {@link #add} replaces every entry of
 * the policy's source file in one atomic update, so indexing a file twice never duplicates it. Changes
 * become visible to searchers at {@link #commit()} and {@link #close()}, which commits. Not thread-safe: one indexer per
 * index and process (Lucene's write lock keeps a second process out).
 */
public final class PolicyIndexer implements Closeable {

  /** Commit-data key holding {@link Analyzers#NAME}. */
  public static final String ANALYZER_KEY = "policy.analyzer";
  /** Commit-data key holding {@link #FORMAT}. */
  public static final String FORMAT_KEY = "policy.indexFormat";
  /** Version of the field layout in {@link FieldNames}; bumped on incompatible changes. */
  public static final String FORMAT = "2";

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final LuceneEntries entries;
  private final RepeatedTextAnalysis repeated;

  private PolicyIndexer(Path dir, Directory directory, Analyzer analyzer, IndexWriter writer, LuceneEntries entries) {
    this.dir = dir;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.entries = entries;
    this.repeated = new RepeatedTextAnalysis(analyzer);
  }

  /**
   * Opens (or creates) the index in {@code dir}.
   *
   * @throws IOException when the directory cannot be created or another process holds the index; the
   *     message names the directory
   */
  public static PolicyIndexer open(Path dir) throws IOException {
    return open(dir, Analyzers.NAME);
  }

  /**
   * Opens (or creates) the index in {@code dir}, analyzing text with the named analyzer
   * ({@link Analyzers#NAMES}); an existing index must have been built with the same one.
   *
   * @throws IOException as {@link #open(Path)}, and when the index was built with another analyzer
   * @throws IllegalArgumentException for an unknown analyzer name
   */
  public static PolicyIndexer open(Path dir, String analyzerName) throws IOException {
    return open(dir, analyzerName, true);
  }

  /**
   * As {@link #open(Path, String)}; {@code searchText} false analyzes a policy's outline instead of its
   * full text into the body field (evidence sentences and the stored text are kept either way).
   */
  public static PolicyIndexer open(Path dir, String analyzerName, boolean searchText) throws IOException {
    Objects.requireNonNull(dir, "index dir");
    String name = Analyzers.canonical(analyzerName);
    Directory directory = null;
    Analyzer analyzer = Analyzers.text(name);
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(true)
          .setRAMBufferSizeMB(64);
      if (DirectoryReader.indexExists(directory)) {
        try (DirectoryReader existing = DirectoryReader.open(directory)) {
          String built = existing.getIndexCommit().getUserData().get(ANALYZER_KEY);
          if (built != null && !built.equals(name)) {
            throw new AnalyzerMismatchException("[" + dir + "] index built with analyzer [" + built
                + "], cannot add with [" + name + "]: use a new directory");
          }
        }
      }
      IndexWriter writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(Map.of(ANALYZER_KEY, name, FORMAT_KEY, FORMAT).entrySet());
      return new PolicyIndexer(dir, directory, analyzer, writer, LuceneEntries.standard(searchText));
    } catch (LockObtainFailedException e) {
      throw release(new IOException("[" + dir + "] index is locked: another process is writing it", e),
          directory, analyzer);
    } catch (AnalyzerMismatchException e) {
      throw release(e, directory, analyzer);
    } catch (IOException | RuntimeException e) {
      throw release(new IOException("[" + dir + "] cannot open index for writing: " + e.getMessage(), e),
          directory, analyzer);
    }
  }

  /** Adds the policy, replacing all entries previously indexed from the same source file. */
  public void add(PolicyDocument doc) throws IOException {
    List<Document> docs = repeated.apply(entries.entries(doc));
    writer.updateDocuments(new Term(FieldNames.FILE, doc.source().file()), docs);
  }

  /** Removes every entry of a source file; a file never indexed is no error. */
  public void delete(String file) throws IOException {
    writer.deleteDocuments(new Term(FieldNames.FILE, file));
  }

  /** Removes every entry of a policy by its id (the first 16 hex chars of its SHA-256). */
  public void deleteById(String id) throws IOException {
    writer.deleteDocuments(new Term(FieldNames.DOC_ID, id));
  }

  /** How many entries (document, tasks, targets) carry this keyword, counting changes not yet committed. */
  public int count(String field, String value) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  /**
   * Makes every change so far durable and visible: a Lucene commit point. A process killed after this
   * returns leaves an index with these changes; one killed before leaves the previous commit.
   */
  public void commit() throws IOException {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new IOException("[" + dir + "] cannot commit index: " + e.getMessage(), e);
    }
  }

  /** The directory this indexer writes. */
  public Path dir() {
    return dir;
  }

  /** Commits and releases the index. */
  @Override
  public void close() throws IOException {
    try (directory; analyzer; writer) {
      writer.commit();
    } catch (IOException e) {
      throw new IOException("[" + dir + "] cannot commit index: " + e.getMessage(), e);
    }
  }

  /** Closes what {@link #open} had opened before failing; close failures ride along as suppressed. */
  private static IOException release(IOException failure, Directory directory, Analyzer analyzer) {
    analyzer.close();
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }

  /** An existing index was built with another analyzer than the one asked for. */
  public static final class AnalyzerMismatchException extends IOException {
    AnalyzerMismatchException(String message) {
      super(message);
    }
  }
}
