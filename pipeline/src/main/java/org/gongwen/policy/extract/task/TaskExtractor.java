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
import org.gongwen.policy.structure.TableBlock;
import org.gongwen.policy.text.NormalizedText;

/**
 * Implements extraction-spec §4: body tasks (headings that own a unit clause), table tasks (rows and
 * sub-rows of tables with a unit column) and, for documents that name no units, the leaf items of the
 * task part. The rules are injected (composed in {@code PolicyPipeline.standard}).
 */
public final class TaskExtractor {

  private static final Pattern ARTICLE = Pattern.compile("\\s*第[一二三四五六七八九十百零〇\\d]{1,5}条");

  private final BenefitItemRule benefits;
  private final LeadConventionRule conventions;
  private final UnitClauseFinder finder;
  private final UnitClauseParser parser;
  private final ClauseOwner owner;
  private final TableTaskReader tables;
  private final TaskPartRule parts;
  private final ResponsibilityAssigner responsibilities;

  public TaskExtractor(BenefitItemRule benefits, LeadConventionRule conventions, UnitClauseFinder finder,
      UnitClauseParser parser, ClauseOwner owner, TableTaskReader tables, TaskPartRule parts,
      ResponsibilityAssigner responsibilities) {
    this.benefits = benefits;
    this.conventions = conventions;
    this.finder = finder;
    this.parser = parser;
    this.owner = owner;
    this.tables = tables;
    this.parts = parts;
    this.responsibilities = responsibilities;
  }

  public Extraction<List<Task>> extract(Outline outline) {
    List<String> warnings = new ArrayList<>();
    NormalizedText text = outline.text();
    LeadConvention convention = conventions.statedIn(text.text());
    List<Task> tableTasks = new ArrayList<>();
    for (TableBlock table : outline.tables()) {
      tableTasks.addAll(tables.tasks(outline, table, convention));
    }
    boolean tablesNameUnits = tableTasks.stream().anyMatch(t -> !t.units().isEmpty());
    List<Task> body = bodyTasks(outline, convention, warnings, tablesNameUnits);
    if (body.stream().anyMatch(t -> t.units().isEmpty())) {
      body = responsibilities.assign(outline, body, tableTasks);
    }
    List<Task> tasks = new ArrayList<>(body);
    tasks.addAll(tableTasks);
    return new Extraction<>(tasks, warnings);
  }

  private List<Task> bodyTasks(Outline outline, LeadConvention convention, List<String> warnings,
      boolean tablesNameUnits) {
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
      return tablesNameUnits ? List.of() : unitlessTasks(outline);
    }
    List<Task> tasks = new ArrayList<>();
    for (Map.Entry<HeadingLine, List<UnitClause>> e : owned.entrySet()) {
      HeadingLine h = e.getKey();
      List<UnitRef> units = new ArrayList<>();
      for (UnitClause c : e.getValue()) {
        merge(units, parser.parseClause(c.content(), convention));
      }
      Span clauseSpan = e.getValue().get(e.getValue().size() - 1).span();
      Span span = new Span(h.span().start(), Math.max(h.span().end(), clauseSpan.end()));
      tasks.add(new Task(h.number(), h.title(), sectionOf(headings, h), Origin.BODY, null, units,
          span.of(outline.text().text()), span, outline.text().pageAt(span.start())));
    }
    return tasks;
  }

  /**
   * Adds the units of one more clause of a task: a unit already named keeps its first place and is lead
   * when any of its clauses makes it lead ({@code X牵头，Y参与} … {@code X指导}).
   */
  private static void merge(List<UnitRef> units, List<UnitRef> more) {
    for (UnitRef u : more) {
      int at = -1;
      for (int i = 0; i < units.size(); i++) {
        if (units.get(i).name().equals(u.name())) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        units.add(u);
      } else if (u.lead() && !units.get(at).lead()) {
        units.set(at, u);
      }
    }
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
    List<HeadingLine> levelOne = headings.stream().filter(h -> h.level() == 1).toList();
    List<Integer> taskParts = parts.taskParts(levelOne.stream().map(HeadingLine::title).toList());
    List<Task> tasks = new ArrayList<>();
    List<Task> part = new ArrayList<>();
    int benefitItems = 0;
    boolean inTaskPart = levelOne.isEmpty();
    for (int i = 0; i < headings.size(); i++) {
      HeadingLine h = headings.get(i);
      if (h.level() == 1) {
        addPart(tasks, part, benefitItems);
        part = new ArrayList<>();
        benefitItems = 0;
        inTaskPart = taskParts.contains(levelOne.indexOf(h));
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
      if (benefits.benefit(body)) {
        benefitItems++;
      }
      part.add(new Task(h.number(), h.title(), sectionOf(headings, h), Origin.BODY, null, List.of(), body,
          span, outline.text().pageAt(span.start())));
    }
    addPart(tasks, part, benefitItems);
    return tasks;
  }

  /**
   * Keeps a part's items unless benefits make up at least half of them: then the part is a policy list
   * (政策清单) whose procedural items are rules too; otherwise every item is work, a benefit among them too.
   */
  private static void addPart(List<Task> tasks, List<Task> part, int benefits) {
    if (benefits * 2 < part.size()) {
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

  private static String spanText(Span s) {
    return "[" + s.start() + ", " + s.end() + ")";
  }

  private static String page(Outline outline, int offset) {
    Integer p = outline.text().pageAt(offset);
    return p == null ? "" : ", page " + p;
  }
}
