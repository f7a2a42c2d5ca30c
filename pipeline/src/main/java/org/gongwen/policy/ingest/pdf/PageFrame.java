package org.gongwen.policy.ingest.pdf;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (after the CTM) to the display coordinates PDFBox uses for text positions: origin
 * at the top left of the crop box, y downwards, after the page's {@code /Rotate}.
 *
 * @param left lower-left x of the crop box
 * @param bottom lower-left y of the crop box
 * @param width crop box width in user space
 * @param height crop box height in user space
 * @param rotation page rotation, one of 0, 90, 180, 270
 */
public record PageFrame(float left, float bottom, float width, float height, int rotation) {

  public PageFrame {
    rotation = ((rotation % 360) + 360) % 360;
    if (rotation % 90 != 0) {
      rotation = 0;
    }
  }

  public static PageFrame of(PDPage page) {
    PDRectangle crop = page.getCropBox();
    return new PageFrame(
        crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), page.getRotation());
  }

  /** Height of the page as displayed. */
  public float displayHeight() {
    return rotation == 90 || rotation == 270 ? width : height;
  }

  /** The display position of a user-space point. */
  Point2D.Float toDisplay(double ux, double uy) {
    float x = (float) ux - left;
    float y = (float) uy - bottom;
    return switch (rotation) {
      case 90 -> new Point2D.Float(y, x);
      case 180 -> new Point2D.Float(width - x, y);
      case 270 -> new Point2D.Float(height - y, width - x);
      default -> new Point2D.Float(x, height - y);
    };
  }
}
