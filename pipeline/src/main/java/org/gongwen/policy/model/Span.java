package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Half-open {@code [start, end)} in UTF-16 code units of the normalized text; JSON: {@code [start, end]}. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  @JsonValue
  public int[] toArray() {
    return new int[] {start, end};
  }

  @JsonCreator
  public static Span fromList(List<Integer> pair) {
    if (pair == null || pair.size() != 2) {
      throw new IllegalArgumentException("span must be [start, end], got " + pair);
    }
    return new Span(pair.get(0), pair.get(1));
  }

  public int length() {
    return end - start;
  }

  /** The text this span covers. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
