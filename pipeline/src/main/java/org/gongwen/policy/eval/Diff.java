package org.gongwen.policy.eval;

import java.util.List;
import java.util.stream.Stream;

/**
 * What differs in one part, one compact line per item: gold items not found ({@code missed}),
 * predictions that match nothing ({@code extra}), and matched pairs that disagree on a judged attribute
 * ({@code mismatched}: lead for units, comparator or kind for targets). Optional gold items never appear.
 */
public record Diff(List<String> missed, List<String> extra, List<String> mismatched) {

  public static final Diff EMPTY = new Diff(List.of(), List.of(), List.of());

  public Diff {
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
    mismatched = List.copyOf(mismatched);
  }

  public boolean isEmpty() {
    return missed.isEmpty() && extra.isEmpty() && mismatched.isEmpty();
  }

  Diff plus(Diff o) {
    return new Diff(concat(missed, o.missed), concat(extra, o.extra), concat(mismatched, o.mismatched));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
