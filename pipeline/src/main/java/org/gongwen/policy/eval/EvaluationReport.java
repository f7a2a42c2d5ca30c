package org.gongwen.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The readable form of an {@link Evaluation}: a table with one column per document and a TOTAL column
 * (wrapped every {@value #COLUMNS_PER_TABLE} columns), rows as in spec §8; P/R/F1 cells read
 * {@code P R F1}, accuracy cells {@code value (correct/total)}, {@code n/a} marks nothing to judge
 * and {@code -} a part not scored. With
 * detail, each document then lists its metadata mismatches and the missed, extra and mismatched items
 * of each part, one line per item.
 */
public final class EvaluationReport {

  static final int COLUMNS_PER_TABLE = 4;
  private static final String NOT_SCORED = "-";

  private record Row(String label, Function<Scores, String> cell) {}

  private static final List<Row> ROWS = List.of(
      new Row("metadata acc", s -> acc(s.metadata())),
      new Row("headings P/R/F1", s -> prf(s.headings())),
      new Row("tasks P/R/F1", s -> prf(s.tasks())),
      new Row("units P/R/F1", s -> prf(s.units())),
      new Row("units+lead P/R/F1", s -> prf(s.unitsWithLead())),
      new Row("lead acc", s -> acc(s.lead())),
      new Row("targets P/R/F1", s -> prf(s.targets())),
      new Row("comparator acc", s -> acc(s.comparator())),
      new Row("kind acc", s -> acc(s.kind())),
      new Row("scope acc", s -> acc(s.scope())),
      new Row("indicator overlap", s -> mean(s.indicatorOverlap())),
      new Row("targets strict P/R/F1", s -> prf(s.targetsStrict())));

  private EvaluationReport() {}

  public static String text(Evaluation evaluation, boolean detail) {
    StringBuilder out = new StringBuilder();
    List<String> names = new ArrayList<>();
    List<Scores> columns = new ArrayList<>();
    for (DocumentScore d : evaluation.documents()) {
      names.add(d.outputMissing() ? d.stem() + " (no output)" : d.stem());
      columns.add(d.scores());
    }
    names.add("TOTAL");
    columns.add(evaluation.total());
    for (int from = 0; from < columns.size(); from += COLUMNS_PER_TABLE) {
      int to = Math.min(columns.size(), from + COLUMNS_PER_TABLE);
      table(out, names.subList(from, to), columns.subList(from, to));
      out.append('\n');
    }
    out.append(evaluation.documents().size()).append(" gold file(s)");
    if (!evaluation.missingOutputs().isEmpty()) {
      out.append("; no output for ").append(String.join(", ", evaluation.missingOutputs()));
    }
    out.append("; ").append(evaluation.ignoredOutputs()).append(" output(s) without gold ignored\n");
    if (detail) {
      for (DocumentScore d : evaluation.documents()) {
        details(out, d);
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, List<String> names, List<Scores> columns) {
    int labelWidth = ROWS.stream().mapToInt(r -> r.label().length()).max().orElse(0);
    List<List<String>> cells = new ArrayList<>();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      List<String> col = new ArrayList<>();
      widths[c] = names.get(c).length();
      for (Row row : ROWS) {
        String cell = row.cell().apply(columns.get(c));
        col.add(cell);
        widths[c] = Math.max(widths[c], cell.length());
      }
      cells.add(col);
    }
    StringBuilder line = new StringBuilder(pad("", labelWidth));
    for (int c = 0; c < columns.size(); c++) {
      line.append("  ").append(pad(names.get(c), widths[c]));
    }
    out.append(line.toString().stripTrailing()).append('\n');
    for (int r = 0; r < ROWS.size(); r++) {
      line.setLength(0);
      line.append(pad(ROWS.get(r).label(), labelWidth));
      for (int c = 0; c < columns.size(); c++) {
        line.append("  ").append(pad(cells.get(c).get(r), widths[c]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static void details(StringBuilder out, DocumentScore d) {
    out.append("\n== ").append(d.stem()).append(d.outputMissing() ? " (no output)" : "").append('\n');
    Details details = d.details();
    if (details == null) {
      return;
    }
    Scores s = d.scores();
    for (FieldMismatch m : details.metadata()) {
      out.append("  metadata ").append(m.field()).append(": gold ").append(m.gold())
          .append(" vs predicted ").append(m.predicted()).append('\n');
    }
    part(out, "headings", s.headings(), details.headings());
    part(out, "tasks", s.tasks(), details.tasks());
    part(out, "units", s.units(), details.units());
    part(out, "targets", s.targets(), details.targets());
  }

  private static void part(StringBuilder out, String name, Counts counts, Diff diff) {
    if (counts == null) {
      out.append("  ").append(name).append(": not scored\n");
      return;
    }
    out.append("  ").append(name).append(": tp ").append(counts.tp()).append(", fp ").append(counts.fp())
        .append(", fn ").append(counts.fn()).append('\n');
    lines(out, "missed", diff.missed());
    lines(out, "extra", diff.extra());
    lines(out, "mismatch", diff.mismatched());
  }

  private static void lines(StringBuilder out, String tag, List<String> items) {
    for (String item : items) {
      out.append("    ").append(tag).append("  ").append(item.replace("\n", "\\n")).append('\n');
    }
  }

  private static String prf(Counts c) {
    if (c == null) {
      return NOT_SCORED;
    }
    if (c.isEmpty()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", c.precision(), c.recall(), c.f1());
  }

  private static String mean(Mean m) {
    if (m == null) {
      return NOT_SCORED;
    }
    return m.value() == null ? "n/a" : String.format(Locale.ROOT, "%.3f (n=%d)", m.value(), m.n());
  }

  private static String acc(Accuracy a) {
    if (a == null) {
      return NOT_SCORED;
    }
    String value = a.value() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", a.value());
    return value + " (" + a.correct() + "/" + a.total() + ")";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
