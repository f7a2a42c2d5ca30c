package org.gongwen.policy.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the axis-parallel straight lines a page paints: stroked segments, and filled or stroked
 * rectangles (a thin rectangle counts as one line, a larger one as its four edges; {@link RuleShapes}). Paths that are only
 * used for clipping, and paint in white or near-white (invisible on the page), are dropped. One instance serves one page.
 */
public final class RuleCollector extends PDFGraphicsStreamEngine {

  /** Paint whose every RGB channel is at least this (0–255) does not show on a white page. */
  static final int NEAR_WHITE = 240;

  private final PageFrame frame;
  private final List<float[]> pending = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();
  private double imageArea;
  private Point2D.Float current;
  private Point2D.Float subpathStart;

  private RuleCollector(PDPage page) {
    super(page);
    this.frame = PageFrame.of(page);
  }

  /** The rules painted on {@code page}, in display coordinates. */
  public static List<Rule> collect(PDPage page) throws IOException {
    return scan(page).rules();
  }

  /** The rules painted on {@code page} and the share of the page its images cover. */
  public static PageDrawing scan(PDPage page) throws IOException {
    RuleCollector collector = new RuleCollector(page);
    collector.processPage(page);
    float pageArea = frame(page).width() * frame(page).height();
    float share = pageArea <= 0 ? 0f : (float) Math.min(1.0, collector.imageArea / pageArea);
    return new PageDrawing(List.copyOf(collector.rules), share);
  }

  private static PageFrame frame(PDPage page) {
    return PageFrame.of(page);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
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

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D.Float next = new Point2D.Float(x, y);
    if (current != null) {
      addSegment(current, next);
    }
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    if (current != null && subpathStart != null) {
      addSegment(current, subpathStart);
      current = subpathStart;
    }
  }

  @Override
  public void endPath() {
    pending.clear();
    current = null;
  }

  @Override
  public void strokePath() {
    paint(visible(getGraphicsState().getStrokingColor()));
  }

  @Override
  public void fillPath(int windingRule) {
    paint(visible(getGraphicsState().getNonStrokingColor()));
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paint(visible(getGraphicsState().getStrokingColor()) || visible(getGraphicsState().getNonStrokingColor()));
  }

  /**
   * Whether paint of this colour shows on a white page. White and near-white fills are how word
   * processors blank out text-frame backgrounds (LibreOffice and WPS paint one behind every frame and
   * every highlighted run); a reader sees no line there. A colour that cannot be converted counts as
   * visible.
   */
  static boolean visible(PDColor color) {
    if (color == null) {
      return true;
    }
    try {
      int rgb = color.toRGB();
      int r = (rgb >> 16) & 0xFF;
      int g = (rgb >> 8) & 0xFF;
      int b = rgb & 0xFF;
      return Math.min(r, Math.min(g, b)) < NEAR_WHITE;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  @Override
  public void clip(int windingRule) {
    // the path is still painted or discarded by the operator that follows
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // images carry no rules; their area tells a scanned page (one image over the whole page)
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
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

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings carry no rules we can use
  }

  private void paint(boolean visible) {
    for (float[] s : visible ? pending : List.<float[]>of()) {
      Point2D.Float a = frame.toDisplay(s[0], s[1]);
      Point2D.Float b = frame.toDisplay(s[2], s[3]);
      Rule rule = RuleShapes.segment(a.x, a.y, b.x, b.y);
      if (rule != null) {
        rules.add(rule);
      }
    }
    pending.clear();
    current = null;
  }
}
