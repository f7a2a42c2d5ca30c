package org.gongwen.policy.ingest.pdf;

import java.util.List;

/**
 * A page without a text layer: what a reader sees is an image, and the PDF holds no text for it. That is a
 * page with no visible glyph that paints images over at least {@value #SOME_IMAGE} of its area, or one whose
 * few glyphs (at most {@value #WATERMARK_CHARS}, the stamp a scanner app writes, e.g. its name) lie on
 * an image covering at least {@value #MOSTLY_IMAGE} of it. Such a stamp is not the document's text.
 */
public final class ScannedPageRule {

  static final float SOME_IMAGE = 0.2f;
  static final float MOSTLY_IMAGE = 0.5f;
  static final int WATERMARK_CHARS = 40;

  private ScannedPageRule() {}

  /** Whether a page with these glyphs and this image cover has no text layer. */
  public static boolean noTextLayer(List<Glyph> glyphs, float imageShare) {
    if (imageShare < SOME_IMAGE) {
      return false; // text or not, a page without images is no scan (both cases below need this much)
    }
    // counting stops once the count decides: past the watermark's length the page has text
    long visible = 0;
    for (int i = 0; i < glyphs.size() && visible <= WATERMARK_CHARS; i++) {
      Glyph g = glyphs.get(i);
      if (!g.blank()) {
        visible += g.text().strip().length();
      }
    }
    return noTextLayer(visible, imageShare);
  }

  static boolean noTextLayer(long visibleChars, float imageShare) {
    if (visibleChars == 0) {
      return imageShare >= SOME_IMAGE;
    }
    return visibleChars <= WATERMARK_CHARS && imageShare >= MOSTLY_IMAGE;
  }
}
