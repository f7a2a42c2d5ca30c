package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.model.Origin;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.model.UnitRef;
import org.gongwen.policy.structure.HeadingLine;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;
import org.gongwen.policy.text.NormalizedText;

/**
 * Implements extraction-spec §4: body tasks (headings that own a unit clause), table tasks (rows and
 * sub-rows of tables with a unit column) and, for documents that name no units, the leaf items of the
 * task part.
 */
public final class TaskExtractor {

  private static final String[] UNIT_COLUMNS = {
      "责任单位", "牵头单位", "责任部门", "牵头部门", "责任主体", "实施单位", "主责单位", "承办单位", "牵头单位/责任单位"};
  /** A column of supporting units next to a 牵头单位 column: its units are not lead. */
  private static final String[] SUPPORT_COLUMNS = {
      "配合单位", "配合部门", "参与单位", "协同单位", "协办单位", "责任单位", "责任部门"};
  private static final String[] NAME_COLUMNS = {
      "名称", "项目名称", "任务名称", "平台名称", "工作任务", "重点任务", "任务", "工作事项", "事项", "项目", "工作内容"};
  private static final String[] NUMBER_COLUMNS = {"序号", "编号", "序"};
  private static final Pattern TASK_PART = Pattern.compile(".*(任务|举措|措施|工作|行动|重点|内容).*");
  private static final Pattern NOT_TASK_PART = Pattern.compile(".*(保障|组织|目标|思想|原则|意义|背景|要求|形势|依据).*");
  private static final Pattern BENEFIT = Pattern.compile(".*(给予|奖励|补助|补贴|资助|减免|最高不超过).*");
  private static final Pattern ARTICLE = Pattern.compile("\\s*第[一二三四五六七八九十百零〇\\d]{1,5}条");
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}|[一二三四五六七八九十]{1,3}");

  private final UnitClauseFinder finder = new UnitClauseFinder();
  private final UnitClauseParser parser = new UnitClauseParser();
  private final ClauseOwner owner = new ClauseOwner();
  private final ResponsibilityAssigner responsibilities = new ResponsibilityAssigner();

  public Extraction<List<Task>> extract(Outline outline) {
    List<String> warnings = new ArrayList<>();
    NormalizedText text = outline.text();
    LeadConvention convention = LeadConvention.statedIn(text.text());
    List<Task> body = bodyTasks(outline, convention, warnings);
    List<Task> tables = new ArrayList<>();
    for (TableBlock table : outline.tables()) {
      tables.addAll(tableTasks(outline, table, convention));
    }
    if (body.stream().anyMatch(t -> t.units().isEmpty())) {
      body = responsibilities.assign(outline, body, tables);
    }
    List<Task> tasks = new ArrayList<>(body);
    tasks.addAll(tables);
    return new Extraction<>(tasks, warnings);
  }

  private List<Task> bodyTasks(Outline outline, LeadConvention convention, List<String> warnings) {
    List<HeadingLine> headings = outline.headings();
    Map<HeadingLine, List<UnitClause>> owned = new LinkedHashMap<>();
    List<Integer> unclosed = new ArrayList<>();
    int previousClauseLine = -1;
    // Through the attachments too: a notice may enclose its plan as 附件 (附件\n…工作方案\n（一）…\n责任单位：…);
    // table lines are skipped, and headings inside attachment tables are not headings.
    for (Line line : outline.lines().subList(0, outline.closingStart())) {
      if (line.table() || line.blank()) {
        continue;
      }
      for (UnitClause clause : finder.find(line, unclosed)) {
        Optional<HeadingLine> h = owner.owner(headings, previousClauseLine, clause.line());
        if (h.isPresent()) {
          owned.computeIfAbsent(h.get(), k -> new ArrayList<>()).add(clause);
        } else if (!owned.isEmpty()) {
          List<UnitClause> lastList = owned.get(lastKey(owned));
          lastList.add(clause);
        } else {
          warnings.add("tasks: unit clause without a heading at " + spanText(clause.span()));
        }
        previousClauseLine = clause.line();
      }
    }
    for (int l : unclosed) {
      Line line = outline.lines().get(l);
      warnings.add("tasks: unit clause not closed at " + spanText(line.span()) + page(outline, line.start()));
    }
    if (owned.isEmpty()) {
      return unitlessTasks(outline);
    }
    List<Task> tasks = new ArrayList<>();
    for (Map.Entry<HeadingLine, List<UnitClause>> e : owned.entrySet()) {
      HeadingLine h = e.getKey();
      List<UnitRef> units = new ArrayList<>();
      for (UnitClause c : e.getValue()) {
        units.addAll(parser.parseClause(c.content(), convention));
      }
      Span clauseSpan = e.getValue().get(e.getValue().size() - 1).span();
      Span span = new Span(h.span().start(), Math.max(h.span().end(), clauseSpan.end()));
      tasks.add(new Task(h.number(), h.title(), sectionOf(headings, h), Origin.BODY, null, units,
          span.of(outline.text().text()), span, outline.text().pageAt(span.start())));
    }
    return tasks;
  }

  private static HeadingLine lastKey(Map<HeadingLine, List<UnitClause>> owned) {
    HeadingLine last = null;
    for (HeadingLine h : owned.keySet()) {
      last = h;
    }
    return last;
  }

  /**
   * Spec §4: a document that names no units still has tasks: the leaves of its task part. Not tasks: the
   * items of a regulation (a document made of articles {@code 第一条 …第二条 …}, whose {@code （一）…；}
   * items are conditions of an article), and the items of a part that is mostly a list of benefits
   * ({@code 对…给予奖励，最高补贴100万元}: a 政策清单 part, where even its procedural items are rules).
   */
  private List<Task> unitlessTasks(Outline outline) {
    List<HeadingLine> headings = outline.headings();
    if (isRegulation(outline)) {
      return List.of();
    }
    List<Task> tasks = new ArrayList<>();
    List<Task> part = new ArrayList<>();
    int benefits = 0;
    boolean inTaskPart = headings.stream().noneMatch(h -> h.level() == 1);
    for (int i = 0; i < headings.size(); i++) {
      HeadingLine h = headings.get(i);
      if (h.level() == 1) {
        addPart(tasks, part, benefits);
        part = new ArrayList<>();
        benefits = 0;
        inTaskPart = TASK_PART.matcher(h.title()).matches() && !NOT_TASK_PART.matcher(h.title()).matches();
        continue;
      }
      boolean leaf = i + 1 >= headings.size() || headings.get(i + 1).level() <= h.level();
      if (!inTaskPart || !leaf) {
        continue;
      }
      int endLine = i + 1 < headings.size() ? headings.get(i + 1).line() : outline.bodyEnd();
      Line last = lastContentLine(outline, h.line(), endLine);
      Span span = new Span(h.span().start(), last.end());
      String body = span.of(outline.text().text());
      if (BENEFIT.matcher(body).matches()) {
        benefits++;
        continue;
      }
      part.add(new Task(h.number(), h.title(), sectionOf(headings, h), Origin.BODY, null, List.of(), body,
          span, outline.text().pageAt(span.start())));
    }
    addPart(tasks, part, benefits);
    return tasks;
  }

  /** Keeps a part's tasks unless benefits make up at least half of its items. */
  private static void addPart(List<Task> tasks, List<Task> part, int benefits) {
    if (benefits == 0 || benefits < part.size()) {
      tasks.addAll(part);
    }
  }

  /** At least two body lines start with an article number: {@code 第一条}, {@code 第12条}. */
  private static boolean isRegulation(Outline outline) {
    long articles = outline.lines().subList(0, outline.bodyEnd()).stream()
        .filter(l -> !l.table() && ARTICLE.matcher(l.text()).lookingAt())
        .count();
    return articles >= 2;
  }

  private static Line lastContentLine(Outline outline, int from, int to) {
    Line last = outline.lines().get(from);
    for (int l = from; l < Math.min(to, outline.lines().size()); l++) {
      Line line = outline.lines().get(l);
      if (!line.blank() && !line.table()) {
        last = line;
      }
    }
    return last;
  }

  private String sectionOf(List<HeadingLine> headings, HeadingLine h) {
    return owner.parentOf(headings, h).map(HeadingLine::printed).orElse(null);
  }

  private List<Task> tableTasks(Outline outline, TableBlock table, LeadConvention convention) {
    int unitCol = table.column(UNIT_COLUMNS);
    if (unitCol < 0) {
      return List.of();
    }
    int leadCol = table.column("牵头单位", "牵头部门");
    int supportCol = leadCol == unitCol ? table.column(SUPPORT_COLUMNS) : -1;
    int numberCol = table.column(NUMBER_COLUMNS);
    int nameCol = table.column(NAME_COLUMNS);
    if (nameCol < 0) {
      nameCol = numberCol == 0 ? 1 : 0;
    }
    String text = outline.text().text();
    List<Task> tasks = new ArrayList<>();
    String number = null;
    String name = null;
    Span span = null;
    List<UnitRef> units = null;
    for (Row row : table.rows()) {
      String n = numberCol < 0 ? "" : row.cell(numberCol).text().strip();
      String title = row.cell(nameCol).text().replaceAll("\\s+", "");
      String unitCell = row.cell(unitCol).text();
      boolean newRow = !n.isEmpty() || !title.isEmpty();
      if (newRow && numberCol >= 0 && !ROW_NUMBER.matcher(n).matches()) {
        // a section line inside the table (一、重点区块打造) or a note row: not a task
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
        units = supportCol < 0 ? parser.parseCell(unitCell, convention)
            : parser.parseLeadAndSupportCells(unitCell, row.cell(supportCol).text());
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

  private static String spanText(Span s) {
    return "[" + s.start() + ", " + s.end() + ")";
  }

  private static String page(Outline outline, int offset) {
    Integer p = outline.text().pageAt(offset);
    return p == null ? "" : ", page " + p;
  }
}
