package org.gongwen.policy.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables in a page's drawn lines. Horizontal and vertical rules are merged where they
 * continue each other, grouped into connected nets (rules that cross or touch), and each net with at
 * least two columns becomes one or more {@link Table}s whose column boundaries are the distinct x of its
 * vertical rules and whose row boundaries are the distinct y of its horizontal rules.
 */
final class TableFinder {

  /** Coordinates closer than this (points) are the same boundary. */
  private static final float SAME = 2f;
  /** Pieces of one drawn line lie on the same coordinate within this (points). */
  private static final float ALIGNED = 0.75f;
  /** How far apart (points) two rules may be and still touch. */
  private static final float TOUCH = 2.5f;
  /** Row or column bands narrower than this (points) are double borders, not cells. */
  private static final float MIN_BAND = 4f;

  private TableFinder() {}

  static List<Table> find(List<Rule> rules) {
    List<Rule> hs = merge(rules.stream().filter(Rule::horizontal).toList());
    List<Rule> vs = merge(rules.stream().filter(r -> !r.horizontal()).toList());
    int n = hs.size() + vs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < hs.size(); i++) {
      for (int j = 0; j < vs.size(); j++) {
        if (vs.get(j).at() >= hs.get(i).from() - TOUCH
            && vs.get(j).at() <= hs.get(i).to() + TOUCH
            && vs.get(j).spans(hs.get(i).at(), TOUCH)) {
          union(parent, i, hs.size() + j);
        }
      }
    }
    // each net's rules in index order, the nets in the order of their roots: one pass, not one per net
    List<List<Rule>> hByRoot = new ArrayList<>(n);
    List<List<Rule>> vByRoot = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      hByRoot.add(null);
      vByRoot.add(null);
    }
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (hByRoot.get(root) == null) {
        hByRoot.set(root, new ArrayList<>());
        vByRoot.set(root, new ArrayList<>());
      }
      if (i < hs.size()) {
        hByRoot.get(root).add(hs.get(i));
      } else {
        vByRoot.get(root).add(vs.get(i - hs.size()));
      }
    }
    List<Table> tables = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (hByRoot.get(root) != null) {
        grids(hByRoot.get(root), vByRoot.get(root), tables);
      }
    }
    tables.sort(Comparator.comparingDouble(Table::top));
    return tables;
  }

  /**
   * Cuts a net of rules into tables. Tables drawn right below each other share a border and form one
   * net; they are told apart where the rows on both sides have incompatible columns (each has a column
   * boundary the other lacks; a merged cell only lacks boundaries, so a full-width row stays in its
   * table). Each piece gets its own columns from the vertical rules inside it.
   */
  private static void grids(List<Rule> h, List<Rule> v, List<Table> out) {
    float[] ys = boundaries(h);
    float[] allXs = boundaries(v);
    if (ys.length < 2 || allXs.length < 3) {
      return;
    }
    boolean[][] drawn = drawn(allXs, ys, v);
    int start = 0;
    for (int k = 1; k < ys.length; k++) {
      boolean last = k == ys.length - 1;
      if (last || incompatible(drawn[k - 1], drawn[k])) {
        Table t = grid(Arrays.copyOfRange(ys, start, k + 1), h, v);
        if (t != null) {
          out.add(t);
        }
        start = k;
      }
    }
  }

  private static boolean incompatible(boolean[] a, boolean[] b) {
    boolean onlyA = false;
    boolean onlyB = false;
    for (int k = 0; k < a.length; k++) {
      onlyA |= a[k] && !b[k];
      onlyB |= b[k] && !a[k];
    }
    return onlyA && onlyB;
  }

  private static Table grid(float[] ys, List<Rule> h, List<Rule> allV) {
    float top = ys[0];
    float bottom = ys[ys.length - 1];
    List<Rule> v = allV.stream().filter(r -> r.from() < bottom - TOUCH && r.to() > top + TOUCH).toList();
    float[] xs = boundaries(v);
    if (xs.length < 3 || ys.length < 2) {
      return null;
    }
    boolean[][] drawn = drawn(xs, ys, v);
    for (boolean[] row : drawn) {
      row[0] = true;
      row[row.length - 1] = true;
    }
    return new Table(xs, ys, drawn, closed(xs, ys, h));
  }

  /** For each row boundary and column, whether a horizontal rule really closes the cell there. */
  private static boolean[][] closed(float[] xs, float[] ys, List<Rule> h) {
    boolean[][] closed = new boolean[ys.length][xs.length - 1];
    for (int k = 0; k < ys.length; k++) {
      for (int c = 0; c < xs.length - 1; c++) {
        float mid = (xs[c] + xs[c + 1]) / 2;
        closed[k][c] = k == 0 || k == ys.length - 1;
        for (Rule rule : h) {
          if (!closed[k][c] && Math.abs(rule.at() - ys[k]) <= SAME && rule.spans(mid, 0f)) {
            closed[k][c] = true;
          }
        }
      }
    }
    return closed;
  }

  /** For each row band, which of the column boundaries a vertical rule really crosses. */
  private static boolean[][] drawn(float[] xs, float[] ys, List<Rule> v) {
    int rows = ys.length - 1;
    boolean[][] drawn = new boolean[rows][xs.length];
    for (int r = 0; r < rows; r++) {
      float mid = (ys[r] + ys[r + 1]) / 2;
      for (int k = 0; k < xs.length; k++) {
        for (Rule rule : v) {
          if (Math.abs(rule.at() - xs[k]) <= SAME && rule.spans(mid, 0f)) {
            drawn[r][k] = true;
            break;
          }
        }
      }
    }
    return drawn;
  }

  /** Distinct positions of the rules, close ones averaged, too-narrow bands collapsed. */
  private static float[] boundaries(List<Rule> rules) {
    List<Float> at = new ArrayList<>();
    rules.stream().map(Rule::at).sorted().forEach(at::add);
    List<Float> out = new ArrayList<>();
    int i = 0;
    while (i < at.size()) {
      float sum = at.get(i);
      int count = 1;
      int j = i + 1;
      while (j < at.size() && at.get(j) - at.get(j - 1) <= SAME) {
        sum += at.get(j);
        count++;
        j++;
      }
      float value = sum / count;
      if (out.isEmpty() || value - out.get(out.size() - 1) >= MIN_BAND) {
        out.add(value);
      }
      i = j;
    }
    float[] result = new float[out.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = out.get(k);
    }
    return result;
  }

  /** Joins rules on the same line that overlap or continue each other. */
  private static List<Rule> merge(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingDouble(Rule::at).thenComparingDouble(Rule::from));
    List<Rule> out = new ArrayList<>();
    for (Rule r : sorted) {
      boolean merged = false;
      for (int k = out.size() - 1; k >= 0; k--) {
        Rule o = out.get(k);
        if (r.at() - o.at() > ALIGNED) {
          break;
        }
        if (r.from() <= o.to() + TOUCH && r.to() >= o.from() - TOUCH) {
          out.set(k, new Rule(o.horizontal(), o.at(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to())));
          merged = true;
          break;
        }
      }
      if (!merged) {
        out.add(r);
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
