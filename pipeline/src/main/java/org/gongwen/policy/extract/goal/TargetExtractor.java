package org.gongwen.policy.extract.goal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.structure.Cell;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.structure.PartRole;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;
import org.gongwen.policy.text.CharClass;

/**
 * Implements extraction-spec §5: targets of the running text ({@link ProseTargetFinder}) and of tables
 * ({@link TableTargetFinder} for indicator tables; the text cells of other tables are read as prose),
 * in document order (none from a table of benefits, conditions or facts: {@link NonGoalTableRule}), each with its evidence span and the index of the task it belongs to. Each prose line
 * is read in its frame: its part's role ({@link Outline#roleAt}) and the lead-in line above it, a line
 * ending in a colon ({@code 到2027年，力争实现：}), which covers the lines below it up to the next heading of
 * its own level or higher.
 */
public final class TargetExtractor {

  /** A line that introduces the lines below it: it ends in a colon (到2027年，力争实现：, 须具备以下条件：). */
  private static final Pattern LEAD_IN = Pattern.compile(".*[：:]\\s*$");

  private final ProseTargetFinder prose;
  private final TableTargetFinder tables;
  private final NonGoalTableRule nonGoalTables;
  private final TargetWords words;
  /** A cell of numbers only, with a comparator after it (lexicon target/cell-comparators). */
  private final Pattern numberCell;

  public TargetExtractor(ProseTargetFinder prose, TableTargetFinder tables, NonGoalTableRule nonGoalTables,
      TargetWords words) {
    this.words = words;
    this.numberCell = Pattern.compile("[0-9０-９.．()（）\\s]+(?:" + words.cellComparator + ")?");
    this.prose = prose;
    this.tables = tables;
    this.nonGoalTables = nonGoalTables;
  }

  /**
   * The standard extractor over the lexicon's word lists. Its segmenter has no custom dictionary and is
   * shared by all documents (HanLP's {@code seg} keeps no per-call state in the segment).
   */
  public static TargetExtractor standard(Lexicon lexicon) {
    QuantityParser parser = new QuantityParser(lexicon);
    TargetWords words = new TargetWords(lexicon);
    IndicatorTrimmer trimmer = new IndicatorTrimmer(new ChineseSegmenter(List.of()), words);
    return new TargetExtractor(new ProseTargetFinder(parser, words, TargetRules.standard(words), trimmer),
        new TableTargetFinder(parser, words), new NonGoalTableRule(lexicon), words);
  }

  public Extraction<List<Target>> extract(Outline outline, DocMetadata metadata, List<Task> tasks) {
    return Extraction.of(run(outline, metadata, tasks, null));
  }

  /** The decision on every number of the running text: kept or rejected, and by which rule. */
  public List<Decision> explain(Outline outline, DocMetadata metadata, List<Task> tasks) {
    List<Decision> log = new ArrayList<>();
    run(outline, metadata, tasks, log);
    log.sort(Comparator.comparingInt((Decision d) -> d.span().start()).thenComparingInt(d -> d.span().end()));
    return log;
  }

  private List<Target> run(Outline outline, DocMetadata metadata, List<Task> tasks, List<Decision> log) {
    TargetLocator where = new TargetLocator(outline.text(), tasks);
    String title = metadata.enclosedTitle() != null ? metadata.enclosedTitle() : metadata.title();
    YearContext years = YearContext.ofTitle(title, words).signed(metadata.signedDate());
    Map<Integer, Integer> headingLevels = new HashMap<>();
    outline.headings().forEach(h -> headingLevels.put(h.line(), h.level()));
    List<Target> out = new ArrayList<>();
    String leadIn = "";
    int leadLevel = Integer.MAX_VALUE;
    int lastLevel = 0;
    for (Line line : outline.lines().subList(0, outline.closingStart())) {
      Integer level = headingLevels.get(line.index());
      if (level != null) {
        if (level <= leadLevel) {
          leadIn = "";
          leadLevel = Integer.MAX_VALUE;
        }
        lastLevel = level;
      }
      if (!line.blank() && !line.table()) {
        ProseTargetFinder.Frame frame = new ProseTargetFinder.Frame(years, leadIn, outline.roleAt(line.start()));
        out.addAll(prose.find(where, line.start(), line.end(), frame, log));
        if (LEAD_IN.matcher(line.text()).matches()) {
          leadIn = line.text();
          leadLevel = level != null ? level : lastLevel;
        }
      }
    }
    for (TableBlock table : outline.tables()) {
      if (nonGoalTables.givesNoTargets(table)) {
        continue; // a table of benefits, conditions, project facts or a policy card sets no goals
      }
      boolean indicatorTable = tables.isIndicatorTable(table);
      if (indicatorTable) {
        out.addAll(tables.find(where, table, years, title));
      }
      PartRole role = outline.roleAt(table.span().start());
      for (Row row : table.rows()) {
        String label = "";
        for (int c = 1; c < row.cells().size(); c++) {
          Cell cell = row.cell(c);
          if (!cell.empty() && !(indicatorTable && isNumberCell(cell))
              && !tables.isSerialColumn(table.header().cell(c).text())) {
            ProseTargetFinder.Frame frame = new ProseTargetFinder.Frame(years, "", role, label);
            out.addAll(prose.find(where, cell.span().start(), cell.span().end(), frame, log));
            label = rowLabel(cell.text());
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((Target t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
    return out;
  }

  /**
   * A cell's text as the label of the cells right of it ({@code 2.学前教育毛入园率}: what they measure), without
   * its item number; empty when the cell is a sentence or longer than a label, so no text passes for a name.
   */
  static String rowLabel(String cellText) {
    String t = ITEM_NUMBER.matcher(CharClass.withoutRegexSpace(cellText)).replaceFirst("");
    return t.length() >= 2 && t.length() <= MAX_LABEL && !SENTENCE_MARK.matcher(t).find() ? t : "";
  }

  private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[。，,；;！？:：]");
  private static final int MAX_LABEL = 40;

  private boolean isNumberCell(Cell cell) {
    return numberCell.matcher(cell.text().strip()).matches();
  }
}
