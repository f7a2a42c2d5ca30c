package org.gongwen.policy.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;

/**
 * The whole policy-doc/1 JSON and the normalized text of a policy, by id, as the index stored them on
 * the policy's document entry. Read-only; sees the index as committed when opened. Thread-safe.
 */
public final class StoredPolicies implements Closeable {

  /** A policy id: the first 16 hex characters of its SHA-256 (anything else cannot be in the index). */
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  /**
   * What the index holds for one policy.
   *
   * @param json policy-doc/1 JSON without {@code text}; null when the index was built before it was stored
   * @param text the normalized text, null when it was not stored
   */
  public record StoredPolicy(String json, String text) {}

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private StoredPolicies(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  public static StoredPolicies open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new StoredPolicies(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The stored policy with this id; empty when the id is malformed or not in the index. */
  public Optional<StoredPolicy> find(String id) throws IOException {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    BooleanQuery query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(FieldNames.DOC_ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(FieldNames.TYPE, EntryType.DOCUMENT.code())), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(new StoredPolicy(d.get(FieldNames.POLICY), d.get(FieldNames.TEXT)));
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
