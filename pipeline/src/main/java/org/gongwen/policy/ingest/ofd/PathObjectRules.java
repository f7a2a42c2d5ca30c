package org.gongwen.policy.ingest.ofd;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.ingest.pdf.Rule;
import org.gongwen.policy.ingest.pdf.RuleShapes;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.OptVal;
import org.ofdrw.core.pageDescription.color.color.CT_Color;

/**
 * The rules (table borders) an OFD page draws: the straight segments of its path objects ({@code M},
 * {@code L}, {@code C} of the {@code AbbreviatedData}; curves only move the pen), placed by the object's
 * {@code CTM} and {@code Boundary} origin, in points. What counts as a rule is {@link RuleShapes}'s
 * decision, as for PDF: an axis-parallel segment, a thin filled rectangle as its middle line. A path
 * paints when it is stroked ({@code Stroke}, true unless given) or filled ({@code Fill}) in a colour
 * that shows on white paper (a channel below {@value #NEAR_WHITE}); invisible objects paint nothing.
 */
public final class PathObjectRules {

  /** Paint whose every RGB channel is at least this (0–255) does not show on a white page. */
  static final int NEAR_WHITE = 240;

  private PathObjectRules() {}

  /** The rules of the path objects in {@code blocks}, nested page blocks included. */
  public static List<Rule> rules(List<? extends PageBlockType> blocks) {
    List<Rule> out = new ArrayList<>();
    collect(blocks, out);
    return out;
  }

  private static void collect(List<? extends PageBlockType> blocks, List<Rule> out) {
    for (PageBlockType block : blocks) {
      if (block instanceof PathObject p) {
        out.addAll(rules(p));
      } else if (block instanceof CT_PageBlock nested) {
        collect(nested.getPageBlocks(), out);
      }
    }
  }

  /** The rules one path object draws. */
  public static List<Rule> rules(PathObject p) {
    if (Boolean.FALSE.equals(p.getVisible())) {
      return List.of();
    }
    boolean stroked = !Boolean.FALSE.equals(p.getStroke()) && shows(p.getStrokeColor());
    boolean filled = Boolean.TRUE.equals(p.getFill()) && shows(p.getFillColor());
    String data = p.getAbbreviatedData();
    if ((!stroked && !filled) || data == null || data.isBlank()) {
      return List.of();
    }
    ST_Box box = p.getBoundary();
    double ox = box == null ? 0 : box.getTopLeftX();
    double oy = box == null ? 0 : box.getTopLeftY();
    double[] m = Ctm.of(p.getCTM());
    List<double[]> segments = new ArrayList<>();
    List<double[]> subpath = new ArrayList<>();
    double[] start = null;
    double[] pen = null;
    List<OptVal> ops;
    try {
      ops = AbbreviatedData.parse(data);
    } catch (RuntimeException e) {
      return List.of();
    }
    for (OptVal op : ops) {
      double[] v = op.getValues() == null ? new double[0] : op.getValues();
      switch (op.getOpt()) {
        case "S", "M" -> {
          if (v.length >= 2) {
            flush(subpath, filled, segments);
            pen = new double[] {v[0], v[1]};
            start = pen;
          }
        }
        case "L" -> {
          if (v.length >= 2) {
            double[] next = {v[0], v[1]};
            if (pen != null) {
              subpath.add(page(m, ox, oy, pen, next));
            }
            pen = next;
          }
        }
        case "C" -> {
          if (pen != null && start != null) {
            subpath.add(page(m, ox, oy, pen, start));
            pen = start;
          }
        }
        case "Q", "B", "A" -> {
          if (v.length >= 2) {
            pen = new double[] {v[v.length - 2], v[v.length - 1]};
          }
        }
        default -> {
          // unknown operator: ignored
        }
      }
    }
    flush(subpath, filled, segments);
    List<Rule> out = new ArrayList<>();
    for (double[] s : segments) {
      Rule r = RuleShapes.segment((float) s[0], (float) s[1], (float) s[2], (float) s[3]);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Ends a subpath: a filled subpath whose points span a thin box (a rule drawn as a filled rectangle)
   * gives that box's middle line, any other its segments.
   */
  private static void flush(List<double[]> subpath, boolean filled, List<double[]> segments) {
    if (subpath.isEmpty()) {
      return;
    }
    if (filled && subpath.size() >= 3) {
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (double[] s : subpath) {
        minX = Math.min(minX, Math.min(s[0], s[2]));
        maxX = Math.max(maxX, Math.max(s[0], s[2]));
        minY = Math.min(minY, Math.min(s[1], s[3]));
        maxY = Math.max(maxY, Math.max(s[1], s[3]));
      }
      double[] middle = RuleShapes.thinMiddle(minX, minY, maxX, maxY);
      if (middle != null) {
        segments.add(middle);
        subpath.clear();
        return;
      }
    }
    segments.addAll(subpath);
    subpath.clear();
  }

  /** The segment from {@code a} to {@code b} (object coordinates, mm) on the page, in points. */
  private static double[] page(double[] m, double ox, double oy, double[] a, double[] b) {
    return new double[] {
        (ox + m[0] * a[0] + m[2] * a[1] + m[4]) * TextObjectGlyphs.PT_PER_MM,
        (oy + m[1] * a[0] + m[3] * a[1] + m[5]) * TextObjectGlyphs.PT_PER_MM,
        (ox + m[0] * b[0] + m[2] * b[1] + m[4]) * TextObjectGlyphs.PT_PER_MM,
        (oy + m[1] * b[0] + m[3] * b[1] + m[5]) * TextObjectGlyphs.PT_PER_MM};
  }

  /**
   * Whether paint of this colour shows on white paper: no colour given is the default black; a grey
   * (one value), RGB (three) or CMYK (four) value is converted to RGB; anything else counts as visible.
   */
  static boolean shows(CT_Color color) {
    if (color == null || color.getValue() == null) {
      return true;
    }
    List<String> v = color.getValue().getArray();
    try {
      double[] c = v.stream().mapToDouble(Double::parseDouble).toArray();
      double r;
      double g;
      double b;
      if (c.length == 1) {
        r = g = b = c[0];
      } else if (c.length == 3) {
        r = c[0];
        g = c[1];
        b = c[2];
      } else if (c.length == 4) {
        r = (255 - c[0]) * (255 - c[3]) / 255;
        g = (255 - c[1]) * (255 - c[3]) / 255;
        b = (255 - c[2]) * (255 - c[3]) / 255;
      } else {
        return true;
      }
      return Math.min(r, Math.min(g, b)) < NEAR_WHITE;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
