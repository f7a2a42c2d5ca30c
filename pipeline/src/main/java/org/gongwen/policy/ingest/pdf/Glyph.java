package org.gongwen.policy.ingest.pdf;

/**
 * One shown glyph in display coordinates.
 *
 * @param text the Unicode text of the glyph (usually one character, sometimes a ligature)
 * @param x left edge
 * @param baseline baseline y, downwards from the top of the page
 * @param width advance width
 * @param size font size in points (an em)
 */
public record Glyph(String text, float x, float baseline, float width, float size) {

  public Glyph {
    if (size <= 0 || Float.isNaN(size)) {
      size = 10f;
    }
    if (width < 0 || Float.isNaN(width)) {
      width = 0f;
    }
  }

  float right() {
    return x + width;
  }

  float centerX() {
    return x + width / 2f;
  }

  /** Roughly the middle of the glyph's ink, for deciding which table cell it is in. */
  float centerY() {
    return baseline - size * 0.35f;
  }

  boolean blank() {
    return text.isBlank();
  }
}
