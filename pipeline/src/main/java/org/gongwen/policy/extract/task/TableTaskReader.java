package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.model.Origin;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.model.UnitRef;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;

/**
 * Table tasks (spec §4): each row of a table whose columns {@link UnitColumnRule} accepts, and each
 * sub-row with its own unit cell. A row whose 序号 cell is not a row number ({@code 一、重点区块打造}, a
 * note) is a section line, not a task. Units under a lead column lead; those of the support column beside
 * it do not.
 */
public final class TableTaskReader {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}|[一二三四五六七八九十]{1,3}");

  private final UnitColumnRule columns;
  private final UnitClauseParser parser;

  public TableTaskReader(UnitColumnRule columns, UnitClauseParser parser) {
    this.columns = columns;
    this.parser = parser;
  }

  public List<Task> tasks(Outline outline, TableBlock table, LeadConvention convention) {
    var found = columns.columns(table.header().texts());
    if (found.isEmpty()) {
      return List.of();
    }
    UnitColumnRule.Columns cols = found.get();
    String text = outline.text().text();
    List<Task> tasks = new ArrayList<>();
    String number = null;
    String name = null;
    Span span = null;
    List<UnitRef> units = null;
    for (Row row : table.rows()) {
      String n = cols.number() < 0 ? "" : row.cell(cols.number()).text().strip();
      String title = WHITE_SPACE.matcher(row.cell(cols.name()).text()).replaceAll("");
      String unitCell = row.cell(cols.unit()).text();
      boolean newRow = !n.isEmpty() || !title.isEmpty();
      if (newRow && cols.number() >= 0 && !ROW_NUMBER.matcher(n).matches()) {
        flush(tasks, number, name, units, span, text, outline, table);
        number = null;
        span = null;
        continue;
      }
      if (newRow || (!unitCell.isBlank() && number != null)) {
        flush(tasks, number, name, units, span, text, outline, table);
        if (newRow) {
          number = n;
          name = title;
        }
        units = cols.unitLeads()
            ? parser.parseLeadAndSupportCells(unitCell, cols.support() < 0 ? "" : row.cell(cols.support()).text())
            : parser.parseCell(unitCell, convention);
        span = row.span();
      } else if (span != null) {
        span = new Span(span.start(), row.span().end());
      }
    }
    flush(tasks, number, name, units, span, text, outline, table);
    return tasks;
  }

  private static void flush(List<Task> tasks, String number, String name, List<UnitRef> units, Span span,
      String text, Outline outline, TableBlock table) {
    if (number == null || span == null) {
      return;
    }
    tasks.add(new Task(number, name == null ? "" : name, null, Origin.TABLE, table.attachment(),
        units == null ? List.of() : units, span.of(text), span, outline.text().pageAt(span.start())));
  }
}
