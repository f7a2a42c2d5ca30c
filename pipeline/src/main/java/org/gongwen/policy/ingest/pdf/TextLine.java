package org.gongwen.policy.ingest.pdf;

/**
 * One visual line of text.
 *
 * @param text the line's text, trimmed
 * @param left x of its first glyph
 * @param right right edge of its last glyph
 * @param baseline its baseline y
 * @param size its typical font size
 */
record TextLine(String text, float left, float right, float baseline, float size) {

  float top() {
    return baseline - size;
  }
}
