package org.gongwen.policy.structure;

import java.util.Arrays;
import java.util.List;

/** The role of every line of one document, as {@link PartRoleClassifier} found it. Immutable. */
public final class PartRoles {

  private final PartRole[] byLine;

  PartRoles(List<PartRole> byLine) {
    this.byLine = byLine.toArray(PartRole[]::new);
  }

  /** Every line {@link PartRole#OTHER}: for documents without headings or for tests. */
  public static PartRoles none(int lines) {
    PartRole[] roles = new PartRole[lines];
    Arrays.fill(roles, PartRole.OTHER);
    return new PartRoles(List.of(roles));
  }

  /** The role of line {@code index}; {@link PartRole#OTHER} outside the document. */
  public PartRole at(int index) {
    return index >= 0 && index < byLine.length ? byLine[index] : PartRole.OTHER;
  }

  /** Number of lines covered. */
  public int size() {
    return byLine.length;
  }
}
