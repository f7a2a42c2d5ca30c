package org.gongwen.policy.extract.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.structure.Cell;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;
import org.gongwen.policy.text.CharClass;

/**
 * Tables that set no goals (spec §5: benefits, standards, eligibility, facts of listed projects): a table whose
 * header or label column names at least {@value #MIN_LABELS} fields of a benefit, standard, subsidy,
 * eligibility, project-fact or policy-record table ({@code 补贴标准}, {@code 申报条件}, {@code 总投资},
 * {@code 依据文件} / {@code 发文字号} of a policy card) gives no targets, neither from its figures nor from the
 * text of its cells, unless its header marks it as an indicator table ({@code 指标}, {@code 目标值},
 * {@code 预期值}, a year column {@code 2025年}). The numbers of such a table are amounts granted, thresholds
 * to meet, or figures of another document it describes, not goals this document sets.
 */
public final class NonGoalTableRule {

  /** How many non-goal field names a table needs: one alone (a 服务内容 column) does not decide. */
  static final int MIN_LABELS = 2;

  private static final Pattern YEAR_COLUMN = Pattern.compile("(?:19|20)\\d{2}\\s*年");

  private final Pattern nonGoalLabel;
  private final Pattern goalHeader;

  public NonGoalTableRule(Lexicon lexicon) {
    this.nonGoalLabel = TargetWords.alternation(lexicon, "target/non-goal-table-labels");
    this.goalHeader = TargetWords.alternation(lexicon, "target/goal-table-headers");
  }

  /** Whether the table gives no targets. */
  public boolean givesNoTargets(TableBlock table) {
    List<String> header = table.header().texts().stream().map(NonGoalTableRule::squeeze).toList();
    if (header.stream().anyMatch(h -> goalHeader.matcher(h).find() || YEAR_COLUMN.matcher(h).find())) {
      return false;
    }
    List<String> labels = new ArrayList<>(header);
    for (Row row : table.rows()) {
      Cell first = row.cell(0);
      if (!first.empty()) {
        labels.add(squeeze(first.text()));
      }
    }
    long named = labels.stream().filter(l -> l.length() <= 12 && nonGoalLabel.matcher(l).find()).distinct().count();
    return named >= MIN_LABELS;
  }

  private static String squeeze(String s) {
    return CharClass.withoutRegexSpace(s);
  }
}
