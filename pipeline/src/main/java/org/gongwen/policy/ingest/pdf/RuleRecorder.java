package org.gongwen.policy.ingest.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.util.Matrix;

/**
 * The path and paint state of one page being read: the segments of the path under construction (user
 * space, after the CTM), the visible axis-parallel lines painted so far ({@link RuleShapes}, in display
 * coordinates) and the area images cover. Fed by either content-stream engine: the glyph pass's
 * {@link RulingOperators} or the stand-alone {@link RuleCollector}, so both give the same rules. One
 * instance serves one page at a time on one thread ({@link #start} resets it).
 */
final class RuleRecorder {

  private PageFrame frame;
  private final List<float[]> pending = new ArrayList<>();
  private List<Rule> rules = new ArrayList<>();
  private double imageArea;
  private Point2D.Float current;
  private Point2D.Float subpathStart;

  RuleRecorder(PageFrame frame) {
    start(frame);
  }

  /** Forgets everything and starts a page with this frame. */
  void start(PageFrame frame) {
    this.frame = frame;
    pending.clear();
    rules = new ArrayList<>();
    imageArea = 0;
    current = null;
    subpathStart = null;
  }

  /** The rules painted since {@link #start} and the share of the page its images cover. */
  PageDrawing drawing() {
    float pageArea = frame.width() * frame.height();
    float share = pageArea <= 0 ? 0f : (float) Math.min(1.0, imageArea / pageArea);
    return new PageDrawing(rules, share);
  }

  Point2D currentPoint() {
    return current;
  }

  /** A rectangle given by its four corners in user space (a thin one is one line, a larger one its edges). */
  void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    double[] middle = RuleShapes.thinMiddle(minX, minY, maxX, maxY);
    if (middle != null) {
      pending.add(new float[] {(float) middle[0], (float) middle[1], (float) middle[2], (float) middle[3]});
    } else {
      addSegment(p0, p1);
      addSegment(p1, p2);
      addSegment(p2, p3);
      addSegment(p3, p0);
    }
    current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    subpathStart = current;
  }

  private void addSegment(Point2D a, Point2D b) {
    pending.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
  }

  void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
  }

  void lineTo(float x, float y) {
    Point2D.Float next = new Point2D.Float(x, y);
    if (current != null) {
      addSegment(current, next);
    }
    current = next;
  }

  /** A curve draws no rule; only its end point moves the pen. */
  void curveTo(float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  void closePath() {
    if (current != null && subpathStart != null) {
      addSegment(current, subpathStart);
      current = subpathStart;
    }
  }

  /** {@code n}: the path is dropped unpainted (after a clip, or on its own). */
  void endPath() {
    pending.clear();
    current = null;
  }

  /** The path is painted: its segments become rules when the paint shows ({@link #visible}). */
  void paint(boolean visible) {
    if (visible) {
      for (float[] s : pending) {
        Point2D.Float a = frame.toDisplay(s[0], s[1]);
        Point2D.Float b = frame.toDisplay(s[2], s[3]);
        Rule rule = RuleShapes.segment(a.x, a.y, b.x, b.y);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    pending.clear();
    current = null;
  }

  /** An image is painted into the unit square under {@code ctm}: its area on the page is counted. */
  void image(Matrix ctm) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
      Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    double w = Math.min(maxX, frame.left() + frame.width()) - Math.max(minX, frame.left());
    double h = Math.min(maxY, frame.bottom() + frame.height()) - Math.max(minY, frame.bottom());
    if (w > 0 && h > 0) {
      imageArea += w * h;
    }
  }
}
