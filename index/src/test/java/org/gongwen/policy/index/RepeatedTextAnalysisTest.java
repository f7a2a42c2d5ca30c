package org.gongwen.policy.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay of repeated text values must give the very index that analyzing every value gives: same
 * terms, postings with positions and offsets, norms and stored fields, on real documents (the seeds and
 * the dev notices of other issuers), with every analyzer the index can be built with.
 */
class RepeatedTextAnalysisTest {

  private static List<PolicyDocument> documents;

  @BeforeAll
  static void extract() throws Exception {
    PolicyPipeline pipeline = PolicyPipeline.standard();
    documents = new ArrayList<>();
    for (Path dir : List.of(Path.of("../seeds"), Path.of("../../shared/dev/docs"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          documents.add(pipeline.process(f, true));
        }
      }
    }
    assertTrue(documents.size() >= 3, "seeds and dev notices found: " + documents.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {Analyzers.SMARTCN, Analyzers.CJK, Analyzers.HANLP})
  void replayGivesTheSameIndexAsAnalyzingEveryValue(String analyzerName) throws IOException {
    for (boolean searchText : new boolean[] {false, true}) {
      LuceneEntries entries = LuceneEntries.standard(searchText);
      try (Analyzer analyzer = Analyzers.text(analyzerName); Directory plain = new ByteBuffersDirectory();
          Directory replayed = new ByteBuffersDirectory()) {
        RepeatedTextAnalysis repeated = new RepeatedTextAnalysis(analyzer);
        int replays = 0;
        try (IndexWriter a = new IndexWriter(plain, new IndexWriterConfig(analyzer));
            IndexWriter b = new IndexWriter(replayed, new IndexWriterConfig(analyzer))) {
          for (PolicyDocument d : documents) {
            a.addDocuments(entries.entries(d));
            List<Document> shared = repeated.apply(entries.entries(d));
            replays += (int) shared.stream().flatMap(e -> e.getFields().stream())
                .filter(f -> f instanceof Field x && x.tokenStreamValue() != null).count();
            b.addDocuments(shared);
          }
        }
        assertTrue(replays > 0, "real notices repeat evidence sentences and unit names across entries");
        assertSameIndex(plain, replayed, analyzerName + (searchText ? " full text" : " outline"));
      }
    }
  }

  @Test
  void valuesSeenOnceStayAsTheyAreAndRepeatedOnesKeepTheirStoredValueInPlace() {
    Document first = new Document();
    first.add(new StringField("type", "task", Field.Store.YES));
    first.add(new TextField("unitText", "县农业农村局", Field.Store.NO));
    first.add(new TextField("title", "推进高标准农田建设", Field.Store.YES));
    Document second = new Document();
    second.add(new TextField("unitText", "县农业农村局", Field.Store.NO));
    second.add(new TextField("evidence", "新建高标准农田2万亩", Field.Store.YES));
    Document third = new Document();
    third.add(new TextField("evidence", "新建高标准农田2万亩", Field.Store.YES));
    third.add(new TextField("title", "新建高标准农田2万亩", Field.Store.YES)); // same text, other field: its own analysis
    try (Analyzer analyzer = Analyzers.text()) {
      List<Document> out = new RepeatedTextAnalysis(analyzer).apply(List.of(first, second, third));
      assertSame(first.getFields().get(0), out.get(0).getFields().get(0), "keyword untouched");
      assertSame(first.getFields().get(2), out.get(0).getFields().get(2), "a title seen once is left to the writer");
      Field unit = (Field) out.get(0).getFields().get(1);
      assertNotNull(unit.tokenStreamValue(), "a unit name on two entries is replayed");
      assertEquals(3, out.get(0).getFields().size(), "not stored: no stored copy added");
      List<IndexableField> evidence = out.get(1).getFields();
      assertEquals(List.of("unitText", "evidence", "evidence"), evidence.stream().map(IndexableField::name).toList());
      assertNull(evidence.get(1).stringValue(), "the indexed half carries tokens, not text");
      assertEquals("新建高标准农田2万亩", evidence.get(2).stringValue(), "the stored half keeps the value in its place");
      assertSame(third.getFields().get(1), out.get(2).getFields().get(2));
    }
  }

  @Test
  void entriesWithoutRepeatsAreReturnedAsTheyAre() {
    Document d = new Document();
    d.add(new TextField("title", "关于开展春季植树活动的通知", Field.Store.YES));
    try (Analyzer analyzer = Analyzers.text()) {
      List<Document> in = List.of(d);
      assertSame(in, new RepeatedTextAnalysis(analyzer).apply(in));
    }
  }

  private static void assertSameIndex(Directory expected, Directory actual, String what) throws IOException {
    try (DirectoryReader a = DirectoryReader.open(expected); DirectoryReader b = DirectoryReader.open(actual)) {
      assertEquals(a.maxDoc(), b.maxDoc(), what);
      FieldInfos fa = FieldInfos.getMergedFieldInfos(a);
      FieldInfos fb = FieldInfos.getMergedFieldInfos(b);
      assertEquals(fa.size(), fb.size(), what);
      long positions = 0;
      for (FieldInfo fi : fa) {
        FieldInfo other = fb.fieldInfo(fi.name);
        assertNotNull(other, what + " " + fi.name);
        assertEquals(fi.getIndexOptions(), other.getIndexOptions(), what + " " + fi.name);
        assertEquals(fi.omitsNorms(), other.omitsNorms(), what + " " + fi.name);
        positions += samePostings(MultiTerms.getTerms(a, fi.name), MultiTerms.getTerms(b, fi.name), what + " " + fi.name);
        NumericDocValues na = MultiDocValues.getNormValues(a, fi.name);
        NumericDocValues nb = MultiDocValues.getNormValues(b, fi.name);
        assertEquals(na == null, nb == null, what + " norms of " + fi.name);
        if (na != null) {
          for (int doc = na.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = na.nextDoc()) {
            assertEquals(doc, nb.nextDoc(), what + " norms of " + fi.name);
            assertEquals(na.longValue(), nb.longValue(), what + " norm of " + fi.name + " in " + doc);
          }
          assertEquals(DocIdSetIterator.NO_MORE_DOCS, nb.nextDoc(), what + " norms of " + fi.name);
        }
      }
      assertTrue(positions > 1000, what + ": postings compared " + positions);
      for (int i = 0; i < a.maxDoc(); i++) {
        assertEquals(a.storedFields().document(i).toString(), b.storedFields().document(i).toString(),
            what + " stored fields of entry " + i);
      }
    }
  }

  private static long samePostings(Terms ta, Terms tb, String what) throws IOException {
    assertEquals(ta == null, tb == null, what);
    if (ta == null) {
      return 0;
    }
    long positions = 0;
    TermsEnum ea = ta.iterator();
    TermsEnum eb = tb.iterator();
    for (BytesRef term = ea.next(); term != null; term = ea.next()) {
      BytesRef other = eb.next();
      assertEquals(term.utf8ToString(), other == null ? null : other.utf8ToString(), what);
      PostingsEnum pa = ea.postings(null, PostingsEnum.ALL);
      PostingsEnum pb = eb.postings(null, PostingsEnum.ALL);
      for (int doc = pa.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pa.nextDoc()) {
        assertEquals(doc, pb.nextDoc(), what + " " + term.utf8ToString());
        assertEquals(pa.freq(), pb.freq(), what + " " + term.utf8ToString());
        for (int i = 0; i < pa.freq(); i++) {
          assertEquals(pa.nextPosition(), pb.nextPosition(), what + " " + term.utf8ToString());
          assertEquals(pa.startOffset(), pb.startOffset(), what + " " + term.utf8ToString());
          assertEquals(pa.endOffset(), pb.endOffset(), what + " " + term.utf8ToString());
          positions++;
        }
      }
      assertEquals(DocIdSetIterator.NO_MORE_DOCS, pb.nextDoc(), what + " " + term.utf8ToString());
    }
    assertNull(eb.next(), what + ": extra terms");
    return positions;
  }
}
