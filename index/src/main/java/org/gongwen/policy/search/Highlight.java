package org.gongwen.policy.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A stored text of a hit with the spans that match query words.
 *
 * @param field the field shown: {@code evidence} (targets), {@code title} (tasks, documents)
 * @param text the text as stored
 * @param matches matching spans, sorted and disjoint, as {@code [start, end)} char offsets into text
 */
@JsonPropertyOrder({"field", "text", "marked", "matches"})
public record Highlight(String field, String text, List<Span> matches) {

  /** A half-open char range {@code [start, end)}. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  public Highlight {
    matches = List.copyOf(matches);
    for (Span s : matches) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("span [" + s.start() + ", " + s.end() + ") beyond text of " + text.length());
      }
    }
  }

  /** The text with every match wrapped in {@code open} … {@code close}. */
  public String mark(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
    int at = 0;
    for (Span s : matches) {
      sb.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  /** The text with matches in {@code <em>}; the text itself is not HTML-escaped. */
  @JsonProperty("marked")
  public String marked() {
    return mark("<em>", "</em>");
  }

  /** The text with matches in 【…】, for terminals. */
  @JsonIgnore
  public String bracketed() {
    return mark("【", "】");
  }
}
