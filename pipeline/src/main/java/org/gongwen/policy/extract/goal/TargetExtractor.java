package org.gongwen.policy.extract.goal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.structure.Cell;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;

/**
 * Implements extraction-spec §5: targets of the running text ({@link ProseTargetFinder}) and of tables
 * ({@link TableTargetFinder} for indicator tables; the text cells of other tables are read as prose),
 * in document order, each with its evidence span and the index of the task it belongs to.
 */
public final class TargetExtractor {

  private final ProseTargetFinder prose;
  private final TableTargetFinder tables;
  private final IndicatorTrimmer trimmer;

  public TargetExtractor(ProseTargetFinder prose, TableTargetFinder tables, IndicatorTrimmer trimmer) {
    this.prose = prose;
    this.tables = tables;
    this.trimmer = trimmer;
  }

  /**
   * The standard extractor. Its segmenter has no custom dictionary and is shared by all documents
   * (building one costs milliseconds; HanLP's {@code seg} keeps no per-call state in the segment).
   */
  public static TargetExtractor standard() {
    QuantityParser parser = new QuantityParser();
    return new TargetExtractor(new ProseTargetFinder(parser), new TableTargetFinder(parser),
        new IndicatorTrimmer(new ChineseSegmenter(List.of())));
  }

  public Extraction<List<Target>> extract(Outline outline, DocMetadata metadata, List<Task> tasks) {
    TargetLocator where = new TargetLocator(outline.text(), tasks);
    YearContext years = YearContext.ofTitle(metadata.enclosedTitle() != null ? metadata.enclosedTitle() : metadata.title())
        .signed(metadata.signedDate());
    List<Target> out = new ArrayList<>();
    for (Line line : outline.lines().subList(0, outline.closingStart())) {
      if (!line.blank() && !line.table()) {
        out.addAll(prose.find(where, line.start(), line.end(), years, trimmer));
      }
    }
    for (TableBlock table : outline.tables()) {
      boolean indicatorTable = tables.isIndicatorTable(table);
      if (indicatorTable) {
        out.addAll(tables.find(where, table, years));
      }
      for (Row row : table.rows()) {
        for (int c = 1; c < row.cells().size(); c++) {
          Cell cell = row.cell(c);
          if (!cell.empty() && !(indicatorTable && isNumberCell(cell))) {
            out.addAll(prose.find(where, cell.span().start(), cell.span().end(), years, trimmer));
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((Target t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
    return Extraction.of(out);
  }

  private static boolean isNumberCell(Cell cell) {
    return cell.text().strip().matches("[0-9０-９.．()（）\\s]+(左右|以上|以内)?");
  }
}
