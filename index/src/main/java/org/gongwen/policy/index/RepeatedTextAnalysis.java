package org.gongwen.policy.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.AttributeSource;

/**
 * Analyzes each text value that occurs more than once among one policy's entries only once, and lets
 * every occurrence replay the captured tokens. One policy repeats much of its text across its entries:
 * several targets of one sentence carry the same evidence sentence, every task and target of a task
 * carries the task's unit names, the tasks of a section carry its heading. The replay restores every
 * attribute of every token (term, position increment and length, offsets, type, flags, payload) and the
 * state after {@code end()}, so the index receives exactly the tokens it would have analyzed itself; the
 * stored value stays where it was in the entry. Values that occur once are left to the index writer.
 *
 * <p>The scope is one policy (one call): nothing is kept between calls, so memory does not grow with an
 * import. A value is keyed by field name and text, so an analyzer that treats fields differently is
 * replayed correctly too.
 */
public final class RepeatedTextAnalysis {

  private final Analyzer analyzer;

  public RepeatedTextAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The entries with every repeated analyzed text value replaced by a replay of one analysis. */
  public List<Document> apply(List<Document> entries) {
    Map<Key, Integer> counts = new HashMap<>();
    for (Document d : entries) {
      for (IndexableField f : d.getFields()) {
        if (analyzed(f)) {
          counts.merge(new Key(f.name(), f.stringValue()), 1, Integer::sum);
        }
      }
    }
    if (counts.values().stream().allMatch(c -> c == 1)) {
      return entries;
    }
    Map<Key, Replay> replays = new HashMap<>();
    List<Document> out = new ArrayList<>(entries.size());
    for (Document d : entries) {
      Document copy = new Document();
      for (IndexableField f : d.getFields()) {
        Key key = analyzed(f) ? new Key(f.name(), f.stringValue()) : null;
        if (key == null || counts.get(key) == 1) {
          copy.add(f);
          continue;
        }
        Replay replay = replays.computeIfAbsent(key, this::analyze);
        copy.add(new Field(f.name(), replay, indexedOnly(f.fieldType())));
        if (f.fieldType().stored()) {
          copy.add(new StoredField(f.name(), f.stringValue()));
        }
      }
      out.add(copy);
    }
    return out;
  }

  /** A text value the index writer would analyze: indexed, tokenized, given as a string. */
  private static boolean analyzed(IndexableField f) {
    return f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized()
        && f.stringValue() != null && f.readerValue() == null
        && !(f instanceof Field field && field.tokenStreamValue() != null);
  }

  private static FieldType indexedOnly(org.apache.lucene.index.IndexableFieldType type) {
    FieldType t = new FieldType(type);
    t.setStored(false);
    t.freeze();
    return t;
  }

  private Replay analyze(Key key) {
    try (TokenStream ts = analyzer.tokenStream(key.field(), key.text())) {
      List<AttributeSource.State> tokens = new ArrayList<>();
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(ts.captureState());
      }
      ts.end();
      return new Replay(ts.cloneAttributes(), tokens, ts.captureState());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze field [" + key.field() + "]", e);
    }
  }

  private record Key(String field, String text) {}

  /** The captured tokens of one analysis, replayed from the start at every {@link #reset()}. */
  private static final class Replay extends TokenStream {
    private final List<State> tokens;
    private final State end;
    private int next;

    Replay(AttributeSource attributes, List<State> tokens, State end) {
      super(attributes);
      this.tokens = tokens;
      this.end = end;
    }

    @Override
    public void reset() {
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.size()) {
        return false;
      }
      restoreState(tokens.get(next++));
      return true;
    }

    @Override
    public void end() {
      restoreState(end);
    }
  }
}
