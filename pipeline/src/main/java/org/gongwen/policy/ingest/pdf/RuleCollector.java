package org.gongwen.policy.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects, in a content-stream pass of its own, the axis-parallel straight lines a page paints: stroked segments, and filled or stroked
 * rectangles (a thin rectangle counts as one line, a larger one as its four edges; {@link RuleShapes}). Paths that are only
 * used for clipping, and paint in white or near-white (invisible on the page), are dropped. One instance serves one page.
 *
 * <p>The PDF reader collects the same rules in its glyph pass ({@link GlyphCollector} with
 * {@link RulingOperators}); this engine is PDFBox's own graphics operator set driving the same
 * {@link RuleRecorder}, kept as the reference the single pass is tested against and for tools that want
 * only the rules.
 */
public final class RuleCollector extends PDFGraphicsStreamEngine {

  /** Paint whose every RGB channel is at least this (0–255) does not show on a white page. */
  static final int NEAR_WHITE = 240;

  private final RuleRecorder recorder;

  private RuleCollector(PDPage page) {
    super(page);
    this.recorder = new RuleRecorder(PageFrame.of(page));
  }

  /** The rules painted on {@code page}, in display coordinates. */
  public static List<Rule> collect(PDPage page) throws IOException {
    return scan(page).rules();
  }

  /** The rules painted on {@code page} and the share of the page its images cover. */
  public static PageDrawing scan(PDPage page) throws IOException {
    RuleCollector collector = new RuleCollector(page);
    collector.processPage(page);
    return collector.recorder.drawing();
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    recorder.appendRectangle(p0, p1, p2, p3);
  }

  @Override
  public void moveTo(float x, float y) {
    recorder.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    recorder.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    recorder.curveTo(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return recorder.currentPoint();
  }

  @Override
  public void closePath() {
    recorder.closePath();
  }

  @Override
  public void endPath() {
    recorder.endPath();
  }

  @Override
  public void strokePath() {
    recorder.paint(visible(getGraphicsState().getStrokingColor()));
  }

  @Override
  public void fillPath(int windingRule) {
    recorder.paint(visible(getGraphicsState().getNonStrokingColor()));
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    recorder.paint(visible(getGraphicsState().getStrokingColor())
        || visible(getGraphicsState().getNonStrokingColor()));
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
    recorder.image(getGraphicsState().getCurrentTransformationMatrix());
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings carry no rules we can use
  }
}
