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

  /** Baseline, then x: the order lines are grouped in (stable, so equal glyphs keep content order). */
  private static final Comparator<Glyph> BY_BASELINE_THEN_X = (a, b) -> {
    int c = Float.compare(a.baseline(), b.baseline());
    return c != 0 ? c : Float.compare(a.x(), b.x());
  };
  private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x(), b.x());

  static List<TextLine> lines(List<Glyph> glyphs) {
    Glyph[] sorted = glyphs.toArray(new Glyph[0]);
    Arrays.sort(sorted, BY_BASELINE_THEN_X);
    boolean[] blank = new boolean[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      blank[i] = sorted[i].blank();
    }
    List<TextLine> out = new ArrayList<>();
    int start = 0;
    float ref = 0;
    for (int i = 0; i < sorted.length; i++) {
      Glyph g = sorted[i];
      int count = i - start;
      if (count > 0 && Math.abs(g.baseline() - ref) > SAME_LINE * g.size()) {
        addLine(sorted, blank, start, i, out);
        start = i;
        count = 0;
      }
      if (count == 0 || blank[i]) {
        ref = count == 0 ? g.baseline() : ref;
      } else {
        ref = (ref * count + g.baseline()) / (count + 1);
      }
    }
    addLine(sorted, blank, start, sorted.length, out);
    return out;
  }

  /** The line of {@code glyphs[from, to)} (sorted by baseline), ordered by x; {@code blank} is per glyph. */
  private static void addLine(Glyph[] glyphs, boolean[] blanks, int from, int to, List<TextLine> out) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    Glyph[] line = Arrays.copyOfRange(glyphs, from, to);
    Arrays.sort(line, BY_X);
    boolean[] blank = new boolean[n];
    boolean sortedAlready = true;
    for (int i = 0; i < n && sortedAlready; i++) {
      sortedAlready = line[i] == glyphs[from + i];
    }
    if (sortedAlready) {
      System.arraycopy(blanks, from, blank, 0, n);
    } else {
      for (int i = 0; i < n; i++) {
        blank[i] = line[i].blank();
      }
    }
    float usual = usualGap(line, blank);
    StringBuilder text = new StringBuilder(n + 8);
    Glyph previous = null;
    boolean pendingSpace = false;
    float left = Float.NaN;
    float right = Float.NaN;
    float baselineSum = 0;
    float[] sizes = new float[n];
    int visible = 0;
    for (int i = 0; i < n; i++) {
      Glyph g = line[i];
      if (blank[i]) {
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
      sizes[visible++] = g.size();
      previous = g;
      pendingSpace = false;
    }
    if (previous == null) {
      return;
    }
    String s = text.toString().strip();
    if (!s.isEmpty()) {
      out.add(new TextLine(s, left, right, baselineSum / visible, median(sizes, visible)));
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
  private static float usualGap(Glyph[] line, boolean[] blank) {
    float[] gaps = new float[line.length];
    int count = 0;
    Glyph previous = null;
    for (int i = 0; i < line.length; i++) {
      Glyph g = line[i];
      if (blank[i]) {
        previous = null;
        continue;
      }
      if (previous != null) {
        gaps[count++] = g.x() - previous.right();
      }
      previous = g;
    }
    return Math.max(0f, median(gaps, count));
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
    return median(a, a.length);
  }

  /** The median of the first {@code count} values of {@code a} (which it reorders), 0 for none. */
  static float median(float[] a, int count) {
    if (count == 0) {
      return 0f;
    }
    Arrays.sort(a, 0, count);
    return a[count / 2];
  }
}
