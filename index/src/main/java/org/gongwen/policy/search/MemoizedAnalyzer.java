package org.gongwen.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * An analyzer that analyzes each distinct (field, text) once with its delegate and replays the tokens
 * (term, position increment and length, offsets, type, and what {@code end()} leaves) for every later
 * occurrence. The load benchmark's synthetic variants repeat their base policy's texts thousands of
 * times, so a 1,000,000-target corpus indexes in minutes instead of hours with the same postings; the
 * cache holds every distinct text it saw, so it is for such corpora only, never for real imports.
 */
final class MemoizedAnalyzer extends Analyzer {

  private record Token(String term, int increment, int length, int start, int end, String type) {}

  private record Analysis(Token[] tokens, int finalIncrement, int finalOffset) {}

  private final Analyzer delegate;
  private final Map<String, Analysis> cache = new ConcurrentHashMap<>();

  MemoizedAnalyzer(Analyzer delegate) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.delegate = delegate;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new Replay(fieldName));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return delegate.getPositionIncrementGap(fieldName);
  }

  @Override
  public int getOffsetGap(String fieldName) {
    return delegate.getOffsetGap(fieldName);
  }

  /** Distinct texts analyzed so far. */
  int size() {
    return cache.size();
  }

  private Analysis analyze(String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = delegate.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Token(term.toString(), inc.getPositionIncrement(), len.getPositionLength(), off.startOffset(),
            off.endOffset(), type.type()));
      }
      ts.end();
      return new Analysis(tokens.toArray(Token[]::new), inc.getPositionIncrement(), off.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze [" + field + "]", e);
    }
  }

  /** Reads the whole input, then replays the cached analysis of (field, input). */
  private final class Replay extends Tokenizer {
    private final String field;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute len = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private Analysis analysis;
    private int next;

    Replay(String field) {
      this.field = field;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n = input.read(buf); n != -1; n = input.read(buf)) {
        sb.append(buf, 0, n);
      }
      String text = sb.toString();
      analysis = cache.computeIfAbsent(field + '\u0000' + text, k -> analyze(field, text));
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= analysis.tokens().length) {
        return false;
      }
      clearAttributes();
      Token t = analysis.tokens()[next++];
      term.setEmpty().append(t.term());
      inc.setPositionIncrement(t.increment());
      len.setPositionLength(t.length());
      off.setOffset(correctOffset(t.start()), correctOffset(t.end()));
      type.setType(t.type());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int last = correctOffset(analysis.finalOffset());
      off.setOffset(last, last);
      inc.setPositionIncrement(analysis.finalIncrement());
    }

    @Override
    public void close() throws IOException {
      super.close();
      analysis = null;
    }
  }
}
