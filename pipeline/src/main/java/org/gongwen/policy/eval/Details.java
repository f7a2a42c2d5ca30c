package org.gongwen.policy.eval;

import java.util.List;

/** Per-document differences behind the {@link Scores}: metadata mismatches and one {@link Diff} per part. */
public record Details(
    List<FieldMismatch> metadata, Diff headings, Diff tasks, Diff units, Diff targets) {

  public Details {
    metadata = List.copyOf(metadata);
  }
}
