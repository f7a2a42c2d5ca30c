package org.gongwen.policy.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyIndexerTest {

  @TempDir
  Path dir;

  @Test
  void reindexingAFileReplacesItsEntries() throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir)) {
      indexer.add(SamplePolicies.luchengPlan());
      indexer.add(SamplePolicies.wenzhouPlan());
    }
    assertEquals(2 + 4 + 2 + 5 + 2, count(null));
    try (PolicyIndexer indexer = PolicyIndexer.open(dir)) {
      indexer.add(SamplePolicies.luchengPlan());
      indexer.add(SamplePolicies.luchengPlan());
    }
    assertEquals(2 + 4 + 2 + 5 + 2, count(null));
    assertEquals(1 + 4 + 5, count(SamplePolicies.LUCHENG_FILE));
  }

  @Test
  void deleteRemovesAFile() throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir)) {
      indexer.add(SamplePolicies.luchengPlan());
      indexer.add(SamplePolicies.wenzhouPlan());
      indexer.delete(SamplePolicies.WENZHOU_FILE);
    }
    assertEquals(0, count(SamplePolicies.WENZHOU_FILE));
    assertEquals(10, count(SamplePolicies.LUCHENG_FILE));
  }

  @Test
  void commitRecordsTheAnalyzer() throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir)) {
      indexer.add(SamplePolicies.wenzhouPlan());
    }
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
      assertEquals(Analyzers.NAME, reader.getIndexCommit().getUserData().get(PolicyIndexer.ANALYZER_KEY));
    }
  }

  @Test
  void secondWriterIsRefusedNamingTheDirectory() throws IOException {
    try (PolicyIndexer first = PolicyIndexer.open(dir)) {
      IOException e = assertThrows(IOException.class, () -> PolicyIndexer.open(dir));
      assertTrue(e.getMessage().startsWith("[" + dir + "] index is locked"), e.getMessage());
    }
  }

  private long count(String file) throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
      return file == null
          ? reader.numDocs()
          : new IndexSearcher(reader).count(new TermQuery(new Term(FieldNames.FILE, file)));
    }
  }
}
