package org.gongwen.policy.scale;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The content hashes of the documents earlier runs extracted: an input whose SHA-256 is among them is not
 * extracted again ({@link FileResult.Kind#UNCHANGED}), as {@code policy index} skips unchanged files. Kept as
 * the first 128 bits of each hash in two sorted {@code long} arrays (16 bytes a document: 160 MB for ten
 * million, broadcast once to each executor); two different contents share a 128-bit prefix with
 * negligible probability. Immutable.
 */
public final class PreviousHashes implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No earlier run. */
  public static final PreviousHashes NONE = new PreviousHashes(new long[0], new long[0]);

  private final long[] high;
  private final long[] low;

  private PreviousHashes(long[] high, long[] low) {
    this.high = high;
    this.low = low;
  }

  /** The set of these hex SHA-256 hashes (duplicates allowed; case-insensitive). */
  public static PreviousHashes of(Collection<String> sha256s) {
    long[][] pairs = new long[sha256s.size()][];
    int n = 0;
    for (String sha : sha256s) {
      pairs[n++] = prefix(sha);
    }
    Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long[] high = new long[n];
    long[] low = new long[n];
    int size = 0;
    for (long[] p : pairs) {
      if (size > 0 && high[size - 1] == p[0] && low[size - 1] == p[1]) {
        continue;
      }
      high[size] = p[0];
      low[size] = p[1];
      size++;
    }
    return new PreviousHashes(Arrays.copyOf(high, size), Arrays.copyOf(low, size));
  }

  /** Whether an earlier run extracted content with this hex SHA-256. */
  public boolean contains(String sha256) {
    long[] p = prefix(sha256);
    int lo = 0;
    int hi = high.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = high[mid] != p[0] ? Long.compare(high[mid], p[0]) : Long.compare(low[mid], p[1]);
      if (c == 0) {
        return true;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  /** How many distinct hashes. */
  public int size() {
    return high.length;
  }

  private static long[] prefix(String sha256) {
    if (sha256 == null || sha256.length() != 64) {
      throw new IllegalArgumentException("not a hex SHA-256: " + sha256);
    }
    return new long[] {HexFormat.fromHexDigitsToLong(sha256, 0, 16), HexFormat.fromHexDigitsToLong(sha256, 16, 32)};
  }
}
