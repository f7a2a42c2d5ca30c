package org.gongwen.policy.ingest.pdf;

/**
 * Which painted shapes are rules, in display coordinates (points, y down): shared by the PDF reader's
 * {@link RuleCollector} and the OFD reader, so that a table drawn in either format gives the same grid.
 * A straight segment is a rule when it is axis-parallel within {@value #SKEW} pt and at least
 * {@value #MIN_LENGTH} pt long (shorter ones are ticks or glyph decoration); a rectangle at most
 * {@value #THIN} pt thick is one line along its middle, a larger one is its four edges.
 */
public final class RuleShapes {

  /** Thicker than this (points) a rectangle is a box, not a line. */
  public static final float THIN = 3f;
  /** How far from axis-parallel (points) a segment may be. */
  public static final float SKEW = 1f;
  /** Shorter segments are ticks or glyph decoration, not rules. */
  public static final float MIN_LENGTH = 4f;

  private RuleShapes() {}

  /** The rule the segment from (ax, ay) to (bx, by) draws, or null when it is skewed or too short. */
  public static Rule segment(float ax, float ay, float bx, float by) {
    float dx = Math.abs(ax - bx);
    float dy = Math.abs(ay - by);
    if (dy <= SKEW && dx >= MIN_LENGTH) {
      return new Rule(true, (ay + by) / 2, ax, bx);
    }
    if (dx <= SKEW && dy >= MIN_LENGTH) {
      return new Rule(false, (ax + bx) / 2, ay, by);
    }
    return null;
  }

  /**
   * The middle line of a thin rectangle as a segment {@code {x0, y0, x1, y1}}, or null when the rectangle
   * is thicker than {@value #THIN} both ways (then its edges are the segments).
   */
  public static double[] thinMiddle(double minX, double minY, double maxX, double maxY) {
    double w = maxX - minX;
    double h = maxY - minY;
    if (h <= THIN && w > h) {
      double y = (minY + maxY) / 2;
      return new double[] {minX, y, maxX, y};
    }
    if (w <= THIN && h > w) {
      double x = (minX + maxX) / 2;
      return new double[] {x, minY, x, maxY};
    }
    return null;
  }
}
