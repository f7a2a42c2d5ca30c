package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * Splits an index's segments into at most one slice per search thread, balanced by entry count (largest
 * segment first, each to the slice with the fewest entries so far; segments in index order within a
 * slice). Lucene's default cuts slices of up to 250,000 entries or 5 segments, about six slices for a
 * 1M-target index: on a machine of two cores that queues slices behind each other, and since each slice
 * counts its own total up to the exact-count limit before it may skip, every extra slice costs counting.
 * Deterministic for a given set of segments.
 */
final class IndexSlices {

  private IndexSlices() {}

  /** The slices of these segments for {@code threads} threads (at least one slice, none empty). */
  static LeafSlice[] of(List<LeafReaderContext> leaves, int threads) {
    int n = Math.max(1, Math.min(threads, leaves.size()));
    List<List<LeafReaderContext>> groups = new ArrayList<>();
    long[] sizes = new long[n];
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
    }
    List<LeafReaderContext> bySize = new ArrayList<>(leaves);
    bySize.sort(Comparator.comparingInt((LeafReaderContext c) -> c.reader().maxDoc()).reversed()
        .thenComparingInt(c -> c.ord));
    for (LeafReaderContext leaf : bySize) {
      int smallest = 0;
      for (int i = 1; i < n; i++) {
        if (sizes[i] < sizes[smallest]) {
          smallest = i;
        }
      }
      groups.get(smallest).add(leaf);
      sizes[smallest] += leaf.reader().maxDoc();
    }
    List<LeafSlice> slices = new ArrayList<>();
    for (List<LeafReaderContext> g : groups) {
      if (!g.isEmpty()) {
        g.sort(Comparator.comparingInt(c -> c.ord));
        slices.add(new LeafSlice(g));
      }
    }
    return slices.toArray(LeafSlice[]::new);
  }
}
