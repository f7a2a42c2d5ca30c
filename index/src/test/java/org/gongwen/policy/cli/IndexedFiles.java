package org.gongwen.policy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.gongwen.policy.index.FieldNames;

/** Live {@code document} entries of the last commit, counted per source file. */
final class IndexedFiles {

  private IndexedFiles() {}

  static Map<String, Integer> count(Path index) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    try (Directory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return counts;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          PostingsEnum docs = leaf.reader().postings(new Term(FieldNames.TYPE, "document"));
          if (docs == null) {
            continue;
          }
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live == null || live.get(d)) {
              counts.merge(stored.document(d, Set.of(FieldNames.FILE)).get(FieldNames.FILE), 1, Integer::sum);
            }
          }
        }
      }
    }
    return counts;
  }
}
