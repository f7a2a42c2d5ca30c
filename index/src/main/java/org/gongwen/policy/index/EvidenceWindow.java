package org.gongwen.policy.index;

import org.gongwen.policy.model.Span;

/**
 * The evidence for a span: the sentence (or table row) that holds it in the normalized text, cut to a
 * readable length. A sentence ends at 。！？；!? or a line break.
 */
public final class EvidenceWindow {

  private static final String STOPS = "。！？；!?\n";

  private final int maxChars;

  /** @param maxChars longest evidence returned; longer sentences are cut around the span with … */
  public EvidenceWindow(int maxChars) {
    if (maxChars < 20) {
      throw new IllegalArgumentException("evidence window too small [" + maxChars + "]");
    }
    this.maxChars = maxChars;
  }

  /**
   * The sentence around {@code span} in {@code text}, or {@code fallback} when there is no text or the
   * span does not fit into it.
   */
  public String around(String text, Span span, String fallback) {
    if (text == null || span == null || span.end() > text.length()) {
      return fallback;
    }
    int start = span.start();
    while (start > 0 && STOPS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = Math.max(span.end(), span.start());
    while (end < text.length() && STOPS.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    if (end < text.length() && text.charAt(end) != '\n') {
      end++; // keep the sentence's own 。
    }
    if (end - start > maxChars) {
      int spare = Math.max(0, maxChars - span.length());
      int from = Math.max(start, span.start() - spare / 2);
      int to = Math.min(end, Math.max(span.end(), from + maxChars));
      String cut = text.substring(from, to).strip();
      return (from > start ? "…" : "") + cut + (to < end ? "…" : "");
    }
    String sentence = text.substring(start, end).strip();
    return sentence.isEmpty() ? fallback : sentence;
  }
}
