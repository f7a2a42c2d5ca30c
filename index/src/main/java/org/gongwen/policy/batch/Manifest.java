package org.gongwen.policy.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.json.PolicyJson;

/**
 * What the last commit of an index holds: source file to content hash, from the stored summary of each
 * {@code document} entry (its {@code source.sha256}, 发文字号 and title). Read once before a run; immutable, so pool
 * threads may consult it. Costs about 200 bytes per indexed file.
 */
public final class Manifest {

  private final Map<String, String> shaByFile;
  private final Map<String, String> fileBySha;
  private final Map<String, String> fileByNotice;

  private Manifest(Map<String, String> shaByFile, Map<String, String> fileBySha, Map<String, String> fileByNotice) {
    this.shaByFile = shaByFile;
    this.fileBySha = fileBySha;
    this.fileByNotice = fileByNotice;
  }

  /** The empty manifest (no index yet). */
  public static Manifest empty() {
    return new Manifest(Map.of(), Map.of(), Map.of());
  }

  /** Reads the last commit of the index in {@code dir}; empty when there is none. */
  public static Manifest load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return empty();
    }
    PolicyJson json = new PolicyJson();
    Map<String, String> shaByFile = new HashMap<>();
    Map<String, String> fileBySha = new HashMap<>();
    Map<String, String> fileByNotice = new HashMap<>();
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return empty();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Term documents = new Term(FieldNames.TYPE, EntryType.DOCUMENT.code());
        for (LeafReaderContext leaf : reader.leaves()) {
          PostingsEnum postings = leaf.reader().postings(documents);
          if (postings == null) {
            continue;
          }
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            Document d = stored.document(doc, Set.of(FieldNames.FILE, FieldNames.JSON));
            JsonNode summary = json.mapper().readTree(d.get(FieldNames.JSON));
            String sha = summary.path("source").path("sha256").asText(null);
            String file = d.get(FieldNames.FILE);
            if (file != null && sha != null) {
              shaByFile.put(file, sha);
              fileBySha.putIfAbsent(sha, file);
              String notice = NoticeKey.of(summary.path("metadata").path("docNumber").asText(null),
                  summary.path("metadata").path("title").asText(null));
              if (notice != null) {
                fileByNotice.putIfAbsent(notice, file);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IOException("[" + dir + "] cannot read index manifest: " + e.getMessage(), e);
    }
    return new Manifest(Map.copyOf(shaByFile), Map.copyOf(fileBySha), Map.copyOf(fileByNotice));
  }

  /** Whether {@code file} is indexed with exactly this content. */
  public boolean unchanged(String file, String sha256) {
    return sha256.equals(shaByFile.get(file));
  }

  /** Whether the index has entries of {@code file}. */
  public boolean contains(String file) {
    return shaByFile.containsKey(file);
  }

  /** An indexed file with this content, if any. */
  public Optional<String> holderOf(String sha256) {
    return Optional.ofNullable(fileBySha.get(sha256));
  }

  /** An indexed file holding the same notice ({@link NoticeKey}), if any. */
  public Optional<String> holderOfNotice(String noticeKey) {
    return Optional.ofNullable(fileByNotice.get(noticeKey));
  }

  /** Number of indexed files. */
  public int size() {
    return shaByFile.size();
  }
}
