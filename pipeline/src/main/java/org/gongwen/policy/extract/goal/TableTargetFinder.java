package org.gongwen.policy.extract.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.quantity.Quantity;
import org.gongwen.policy.extract.quantity.QuantityKind;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.model.Printed;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.TargetKind;
import org.gongwen.policy.structure.Cell;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;
import org.gongwen.policy.text.CharClass;

/**
 * Targets of an indicator table (spec §5: "a table of indicators by year gives one target per filled
 * cell"): every numeric cell of a row is a target whose indicator is the row's label, whose unit and
 * multiplier come from the label's bracket ({@code 新增绿地面积 (万平方米)}, cell {@code 30} → 300000
 * 平方米), whose year is its column's ({@code 2023 年}) or else the caption's ({@code 2021年…任务表}) or
 * the plan's, and whose scope is its column header when that names an area ({@code 乐清园}; not for
 * 合计). {@code 1.7 左右} gives {@code ~}; {@code 288(38)} gives 288 and a second target 38 for the
 * bracketed part ({@code 含博士}); {@code /}, empty cells and {@code 不下达具体任务数} give none.
 */
public final class TableTargetFinder {

  private static final Pattern BRACKETED = Pattern.compile("[(（][^()（）]*[)）]");

  private static final Pattern WITH_PART = Pattern.compile(
      "^([0-9]+(?:\\.[0-9]+)?)\\s*[(（]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[)）]$");
  private static final Pattern UNIT_BRACKET = Pattern.compile("[(（]\\s*([^()（）]{1,8})\\s*[)）]\\s*$");
  private static final Pattern PART_BRACKET = Pattern.compile("[(（]\\s*含\\s*([^()（）]{1,10})[)）]");

  private final QuantityParser parser;
  private final TargetWords words;
  /** A number cell: 1.7, 300 以上 (comparators from lexicon target/cell-comparators). */
  private final Pattern numeric;

  public TableTargetFinder(QuantityParser parser, TargetWords words) {
    this.parser = parser;
    this.words = words;
    this.numeric = Pattern.compile("^([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(" + words.cellComparator + ")?$");
  }

  /** Whether a column with this header holds serial or catalogue numbers (序号, 材料序号). */
  public boolean isSerialColumn(String header) {
    return header != null && words.serialColumn.matcher(CharClass.withoutRegexSpace(header)).matches();
  }

  /** Whether any body row has a numeric cell after its label: the table states indicators by column. */
  public boolean isIndicatorTable(TableBlock table) {
    return table.rows().stream().anyMatch(r -> firstValueColumn(r, table) > 0);
  }

  /**
   * Targets of one indicator table.
   *
   * @param planTitle the title of the plan the table belongs to: a plan period in it
   *     ({@code “十四五”…规划}, {@code （2021—2025年）}) dates a table that has no year column
   */
  public List<Target> find(TargetLocator where, TableBlock table, YearContext years, String planTitle) {
    List<Target> out = new ArrayList<>();
    Integer captionYear = YearContext.yearIn(table.caption(), words);
    boolean yearColumns = table.header().cells().stream().anyMatch(h -> YearContext.yearIn(h.text(), words) != null);
    Integer periodEnd = yearColumns ? null : YearContext.periodEnd(table.caption() != null ? table.caption() : "", words);
    if (periodEnd == null && !yearColumns) {
      periodEnd = YearContext.periodEnd(planTitle == null ? "" : planTitle, words);
    }
    String carriedLabel = null;
    for (Row row : table.rows()) {
      int first = firstValueColumn(row, table);
      if (first <= 0) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      for (int c = 1; c < first; c++) {
        String t = CharClass.withoutRegexSpace(row.cell(c).text());
        if (!t.isEmpty()) {
          labels.add(t);
        }
      }
      String main = null;
      for (String l : labels) {
        if (UNIT_BRACKET.matcher(l).find()) {
          main = l;
        }
      }
      if (main == null && carriedLabel != null && !labels.isEmpty()) {
        main = carriedLabel;
      } else if (main == null && !labels.isEmpty()) {
        main = labels.get(labels.size() - 1);
      }
      if (main == null) {
        continue;
      }
      carriedLabel = main;
      String subLabel = labels.isEmpty() || labels.get(labels.size() - 1).equals(main) ? null : labels.get(labels.size() - 1);
      Scale scale = scaleOf(main);
      String base = UNIT_BRACKET.matcher(main).replaceFirst("");
      String indicator = subLabel == null ? base : base + "(" + subLabel + ")";
      TargetKind kind = words.kindOfLabel(base, scale.unit);
      // a row with more cells than the header has an extra label cell: its values align from the right
      int shift = Math.max(0, row.cells().size() - table.header().cells().size());
      boolean wholeArea = valueCells(row, first, table) <= 1; // one figure and its total: not split by area
      for (int c = first; c < row.cells().size(); c++) {
        Cell cell = row.cell(c);
        String header = c - shift >= 0 ? CharClass.withoutRegexSpace(table.header().cell(c - shift).text()) : "";
        if (isSerialColumn(header)) {
          continue;
        }
        Integer year = YearContext.yearIn(header, words);
        String scope = year != null || wholeArea || header.isEmpty() || words.totalColumn.matcher(header).find() ? null : header;
        if (year == null) {
          year = captionYear != null ? captionYear : periodEnd != null ? periodEnd
              : years.defaultYear(table.caption() == null ? "" : table.caption());
        }
        addCell(where, cell, indicator, base, scale, kind, year, scope, out);
      }
    }
    return out;
  }

  private void addCell(TargetLocator where, Cell cell, String indicator, String base, Scale scale,
      TargetKind kind, Integer year, String scope, List<Target> out) {
    String t = cell.text().strip();
    Matcher n = numeric.matcher(t);
    Matcher p = WITH_PART.matcher(t);
    Integer task = where.taskAt(cell.span().start());
    Integer page = where.pageAt(cell.span().start());
    if (n.matches()) {
      double printedValue = Double.parseDouble(ascii(n.group(1)));
      double value = printedValue * scale.multiplier;
      Relation rel = n.group(2) == null ? Relation.EQUAL : words.cellComparators.get(n.group(2));
      out.add(new Target(indicator, value, scale.unit, rel, year, scope, kind, null, null, t, task, cell.span(), page,
          new Printed(printedValue, scale.printed)));
    } else if (p.matches()) {
      String unit = scale.unit;
      if ("个".equals(unit) && words.personNounEnd.matcher(BRACKETED.matcher(base).replaceAll("")).matches()) {
        unit = "人"; // people are counted in 人, whatever the column says
      }
      double whole = Double.parseDouble(p.group(1)) * scale.multiplier;
      double part = Double.parseDouble(p.group(2)) * scale.multiplier;
      String printedUnit = scale.multiplier == 1 ? unit : scale.printed;
      out.add(new Target(indicator, whole, unit, Relation.EQUAL, year, scope, kind, null, null, t, task,
          cell.span(), page, new Printed(Double.parseDouble(p.group(1)), printedUnit)));
      Matcher partName = PART_BRACKET.matcher(base);
      String partIndicator = partName.find()
          ? PART_BRACKET.matcher(base).replaceFirst("") + "中" + partName.group(1) : base + "(其中)";
      int open = t.indexOf('(') >= 0 ? t.indexOf('(') : t.indexOf('（');
      Span partSpan = new Span(cell.span().start() + open, cell.span().end());
      out.add(new Target(partIndicator, part, unit, Relation.EQUAL, year, scope, kind, null, null,
          t.substring(open), task, partSpan, page, new Printed(Double.parseDouble(p.group(2)), printedUnit)));
    }
  }

  /** How many cells of the row, from the first value on, hold a number under a header that is not a total. */
  private int valueCells(Row row, int first, TableBlock table) {
    int shift = Math.max(0, row.cells().size() - table.header().cells().size());
    int n = 0;
    for (int c = first; c < row.cells().size(); c++) {
      String h = c - shift >= 0 ? table.header().cell(c - shift).text() : "";
      String t = row.cell(c).text().strip();
      if (!words.totalColumn.matcher(h).find() && (numeric.matcher(t).matches() || WITH_PART.matcher(t).matches())) {
        n++;
      }
    }
    return n;
  }

  private static String ascii(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c);
    }
    return b.toString();
  }

  /** The first column (after the 序号 column and other serial columns) whose cell is a number; -1 when none. */
  private int firstValueColumn(Row row, TableBlock table) {
    for (int c = 1; c < row.cells().size(); c++) {
      if (c < table.header().cells().size() && isSerialColumn(table.header().cell(c).text())) {
        continue;
      }
      String t = row.cell(c).text().strip();
      if (numeric.matcher(t).matches() || WITH_PART.matcher(t).matches()) {
        return c;
      }
    }
    return -1;
  }

  /** Multiplier and measure word of a label's bracket: {@code (万平方米)} → 1e4 and 平方米. */
  private Scale scaleOf(String label) {
    Matcher m = UNIT_BRACKET.matcher(label);
    if (!m.find()) {
      return new Scale(1, null, null);
    }
    String word = CharClass.withoutRegexSpace(m.group(1));
    if (word.equals("%") || word.equals("％")) {
      return new Scale(1, "%", "%");
    }
    Optional<Quantity> q = parser.parse("1" + word).stream()
        .filter(x -> x.kind() == QuantityKind.AMOUNT && x.start() == 0 && x.end() == word.length() + 1)
        .findFirst();
    return q.map(x -> new Scale(x.value(), x.unit(), word)).orElse(new Scale(1, null, null));
  }

  /** Multiplier and canonical measure word of a column, and the word as printed ({@code 万平方米}). */
  private record Scale(double multiplier, String unit, String printed) {}
}
