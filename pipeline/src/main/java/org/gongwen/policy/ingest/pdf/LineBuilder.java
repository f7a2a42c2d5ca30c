package org.gongwen.policy.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines by baseline and orders each line by x.
 *
 * <p>Spaces: a space glyph the PDF really shows is kept (runs collapse to one). Otherwise a space is
 * inserted only where the gap between two glyphs is a word gap: more than {@value #WORD_GAP} em and
 * more than the line's usual glyph gap plus {@value #ABOVE_USUAL} em when neither side is wide (CJK)
 * text, and more than {@value #COLUMN_GAP} em, i.e. visibly separate pieces of text, when one side is.
 * Kerning, justification (which spreads every glyph of a CJK line, digits included) and the small gaps
 * PDF producers leave between Han characters therefore never become spaces.
 */
final class LineBuilder {

  /** Baselines closer than this fraction of the font size are the same line. */
  private static final float SAME_LINE = 0.4f;
  static final float WORD_GAP = 0.2f;
  static final float ABOVE_USUAL = 0.15f;
  static final float COLUMN_GAP = 2.0f;

  private LineBuilder() {}

  static List<TextLine> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<TextLine> out = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float ref = 0;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.baseline() - ref) > SAME_LINE * g.size()) {
        addLine(current, out);
        current.clear();
      }
      if (current.isEmpty() || g.blank()) {
        ref = current.isEmpty() ? g.baseline() : ref;
      } else {
        ref = (ref * current.size() + g.baseline()) / (current.size() + 1);
      }
      current.add(g);
    }
    addLine(current, out);
    return out;
  }

  private static void addLine(List<Glyph> glyphs, List<TextLine> out) {
    List<Glyph> line = new ArrayList<>(glyphs);
    line.sort(Comparator.comparingDouble(Glyph::x));
    float usual = usualGap(line);
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    boolean pendingSpace = false;
    float left = Float.NaN;
    float right = Float.NaN;
    float baselineSum = 0;
    List<Float> sizes = new ArrayList<>();
    for (Glyph g : line) {
      if (g.blank()) {
        pendingSpace = previous != null;
        continue;
      }
      if (previous != null && (pendingSpace || wordGap(previous, g, usual)) && !endsWithSpace(text)) {
        text.append(' ');
      }
      text.append(g.text());
      if (previous == null) {
        left = g.x();
      }
      right = Math.max(Float.isNaN(right) ? g.right() : right, g.right());
      baselineSum += g.baseline();
      sizes.add(g.size());
      previous = g;
      pendingSpace = false;
    }
    if (previous == null) {
      return;
    }
    String s = text.toString().strip();
    if (!s.isEmpty()) {
      out.add(new TextLine(s, left, right, baselineSum / sizes.size(), median(sizes)));
    }
  }

  private static boolean wordGap(Glyph a, Glyph b, float usual) {
    float gap = b.x() - a.right();
    float em = Math.max(a.size(), b.size());
    if (Scripts.wideEnd(a.text()) || Scripts.wideStart(b.text())) {
      return gap > COLUMN_GAP * em;
    }
    return gap > WORD_GAP * em && gap > usual + ABOVE_USUAL * em;
  }

  /** The median gap between neighbouring visible glyphs of a line sorted by x, at least 0. */
  private static float usualGap(List<Glyph> line) {
    List<Float> gaps = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : line) {
      if (g.blank()) {
        previous = null;
        continue;
      }
      if (previous != null) {
        gaps.add(g.x() - previous.right());
      }
      previous = g;
    }
    return Math.max(0f, median(gaps));
  }

  private static boolean endsWithSpace(StringBuilder sb) {
    return sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1));
  }

  static float median(List<Float> values) {
    if (values.isEmpty()) {
      return 0f;
    }
    float[] a = new float[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    Arrays.sort(a);
    return a[a.length / 2];
  }
}
