package org.gongwen.policy.ingest.ofd;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.ingest.pdf.Glyph;
import org.gongwen.policy.ingest.pdf.Scripts;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;

/**
 * The characters of OFD text objects, placed where the page shows them: each {@code TextCode} starts at
 * its {@code X}/{@code Y} (or where the previous one ended), the next character follows by the
 * {@code DeltaX} advance ({@code g n v} runs expanded); without an advance (the last character of a
 * code) a wide (CJK) character is one em wide and any other half an em. The object's {@code CTM}
 * (scale and offset) and {@code Boundary} origin place the result on the page; millimetres become
 * points. Invisible objects ({@code Visible="false"}) show nothing.
 */
public final class TextObjectGlyphs {

  /** Points per millimetre. */
  public static final float PT_PER_MM = 72f / 25.4f;
  /** The size OFD assumes when an object gives none (mm). */
  private static final double DEFAULT_SIZE = 3.5;

  private TextObjectGlyphs() {}

  /** The glyphs of {@code objects}, in points from the page's top left. */
  public static List<Glyph> glyphs(List<TextObject> objects) {
    List<Glyph> out = new ArrayList<>();
    for (TextObject t : objects) {
      if (Boolean.FALSE.equals(t.getVisible())) {
        continue;
      }
      ST_Box box = t.getBoundary();
      double x0 = box == null ? 0 : box.getTopLeftX();
      double y0 = box == null ? 0 : box.getTopLeftY();
      double[] ctm = Ctm.of(t.getCTM());
      double size = t.getSize() == null ? DEFAULT_SIZE : t.getSize();
      double shownSize = size * Math.abs(ctm[3]);
      double x = 0;
      double y = 0;
      for (TextCode code : t.getTextCodes()) {
        String chars = code.getContent();
        if (chars == null) {
          continue;
        }
        x = code.getX() == null ? x : code.getX();
        y = code.getY() == null ? y : code.getY();
        List<Double> deltas = deltas(code.getDeltaX());
        int k = 0;
        for (int i = 0; i < chars.length(); ) {
          int cp = chars.codePointAt(i);
          i += Character.charCount(cp);
          double advance = k < deltas.size() ? deltas.get(k) : ownWidth(cp, size);
          double px = x0 + ctm[0] * x + ctm[2] * y + ctm[4];
          double py = y0 + ctm[1] * x + ctm[3] * y + ctm[5];
          double width = Math.min(advance, size) * Math.abs(ctm[0]);
          out.add(new Glyph(new String(Character.toChars(cp)), (float) (px * PT_PER_MM),
              (float) (py * PT_PER_MM), (float) (width * PT_PER_MM), (float) (shownSize * PT_PER_MM)));
          x += advance;
          k++;
        }
      }
    }
    return out;
  }

  /** The width of a character whose advance the file does not give: an em if wide, else half. */
  private static double ownWidth(int cp, double size) {
    return Scripts.wide(cp) ? size : size / 2;
  }

  /** The advances of a {@code DeltaX}, with {@code g n v} (n times v) expanded. */
  public static List<Double> deltas(ST_Array array) {
    List<Double> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    List<String> items = array.getArray();
    for (int i = 0; i < items.size(); i++) {
      String s = items.get(i);
      try {
        if (s.equals("g") && i + 2 < items.size()) {
          int n = Integer.parseInt(items.get(i + 1));
          double v = Double.parseDouble(items.get(i + 2));
          for (int k = 0; k < n; k++) {
            out.add(v);
          }
          i += 2;
        } else {
          out.add(Double.parseDouble(s));
        }
      } catch (NumberFormatException e) {
        return out;
      }
    }
    return out;
  }
}
