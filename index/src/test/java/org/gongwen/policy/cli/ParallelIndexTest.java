package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.gongwen.policy.batch.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Additions run on several threads: the index holds the same entries (every stored field of every live
 * entry) and the reports list the same lines in the same order whether one thread or three add.
 */
class ParallelIndexTest {

  @TempDir
  Path tmp;

  @Test
  void sameEntriesAndReportsForAnyThreadCount() throws IOException {
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.from(Path.of("../seeds"), Path.of("../samples"))
        .write(corpus, new CorpusGenerator.Spec(30, 10, 7, 0, 0, 1_200_000));
    List<String> one = run(corpus, "one", 1);
    List<String> three = run(corpus, "three", 3);
    assertTrue(one.size() > 300, "tasks and targets are indexed too: " + one.size());
    assertEquals(one, three);
    for (String report : List.of(".failures.jsonl", ".duplicates.jsonl", ".skipped.jsonl")) {
      assertEquals(report(tmp.resolve("one" + report)), report(tmp.resolve("three" + report)), report);
    }
    assertTrue(report(tmp.resolve("one.failures.jsonl")).lines().count() >= 3, "the bad files are reported");
  }

  /** A report without its timings; "" when not written. */
  private static String report(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file).replaceAll("\"elapsedMs\":\\d+", "") : "";
  }

  private List<String> run(Path corpus, String name, int threads) throws IOException {
    Path index = tmp.resolve(name);
    CommandRun r = CommandRun.of(new IndexCommand(), corpus.toString(), "--index", index.toString(),
        "--threads", Integer.toString(threads), "--isolation", "in-process", "--commit-every", "7", "-q");
    assertEquals(3, r.exit(), r.err());
    return entries(index);
  }

  /** Every live entry as its stored fields, sorted by name then value; the entries sorted. */
  private static List<String> entries(Path index) throws IOException {
    List<String> out = new ArrayList<>();
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            Document doc = stored.document(d);
            TreeMap<String, List<String>> fields = new TreeMap<>();
            for (IndexableField f : doc.getFields()) {
              String v = f.stringValue() != null ? f.stringValue() : String.valueOf(f.numericValue());
              fields.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(v);
            }
            out.add(fields.toString());
          }
        }
      }
    }
    Collections.sort(out);
    return out;
  }
}
