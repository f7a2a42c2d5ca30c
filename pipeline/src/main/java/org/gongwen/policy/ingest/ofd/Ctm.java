package org.gongwen.policy.ingest.ofd;

import org.ofdrw.core.basicType.ST_Array;

/** An OFD {@code CTM} ({@code a b c d e f}: x' = a·x + c·y + e, y' = b·x + d·y + f); identity when absent or malformed. */
final class Ctm {

  private Ctm() {}

  static double[] of(ST_Array ctm) {
    double[] identity = {1, 0, 0, 1, 0, 0};
    if (ctm == null || ctm.getArray().size() != 6) {
      return identity;
    }
    double[] m = new double[6];
    try {
      for (int i = 0; i < 6; i++) {
        m[i] = Double.parseDouble(ctm.getArray().get(i));
      }
    } catch (NumberFormatException e) {
      return identity;
    }
    return m;
  }
}
