package org.gongwen.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a stored text that match query terms: the text is analyzed with the index's
 * analyzer, tokens whose term is a query term are kept with their offsets, and touching or
 * overlapping tokens are merged into one span (so CJK bigrams 高新·新技·技术 mark 高新技术 once).
 * Cheaper than a highlighter over stored offsets and exact for short texts (evidence sentences,
 * titles). Thread-safe as long as the analyzer is.
 */
public final class TermMarker {

  private final Analyzer analyzer;

  public TermMarker(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The highlight of {@code text}, or null when the text is null or no term matches. */
  public Highlight mark(String field, String text, Set<String> terms) {
    if (text == null || text.isEmpty() || terms.isEmpty()) {
      return null;
    }
    List<Highlight.Span> spans = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          add(spans, offset.startOffset(), Math.min(offset.endOffset(), text.length()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze [" + field + "] for highlighting", e);
    }
    if (spans.isEmpty()) {
      return null;
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Highlight.Span> merged = new ArrayList<>();
    for (Highlight.Span s : spans) {
      add(merged, s.start(), s.end());
    }
    return new Highlight(field, text, merged);
  }

  private static void add(List<Highlight.Span> spans, int start, int end) {
    if (start >= end) {
      return;
    }
    if (!spans.isEmpty()) {
      Highlight.Span last = spans.get(spans.size() - 1);
      if (start >= last.start() && start <= last.end()) {
        spans.set(spans.size() - 1, new Highlight.Span(last.start(), Math.max(last.end(), end)));
        return;
      }
    }
    spans.add(new Highlight.Span(start, end));
  }
}
