package org.gongwen.policy.extract.task;

import java.util.List;
import java.util.Optional;

/**
 * Which columns of a table assign work (spec §4 table tasks): the unit column is the first header that
 * contains a unit-column word ({@code task/unit-columns}: 责任单位, 牵头单位, 责任部门, 指导部门, 主管部门 …)
 * and no person word ({@code task/person-columns}: a 牵头领导 or 责任人 column names people, not units).
 * When the unit column is a lead column (牵头单位), the first other column headed by a support word
 * (配合单位, 参与单位, 责任单位 …) gives non-lead units. The name column is the first header that is a word
 * of {@code task/name-columns}; without one, the column after 序号 (or the first).
 */
public final class UnitColumnRule {

  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  /** The columns of a task table; -1 where absent. */
  public record Columns(int unit, boolean unitLeads, int support, int number, int name) {}

  private final TaskWords words;

  public UnitColumnRule(TaskWords words) {
    this.words = words;
  }

  /** The task columns of a table with this header, or empty when no column names units. */
  public Optional<Columns> columns(List<String> header) {
    List<String> h = header.stream().map(c -> WHITE_SPACE.matcher(c).replaceAll("")).toList();
    int unit = -1;
    for (int c = 0; c < h.size() && unit < 0; c++) {
      if (!person(h.get(c)) && words.unitColumns().stream().anyMatch(h.get(c)::contains)) {
        unit = c;
      }
    }
    if (unit < 0) {
      return Optional.empty();
    }
    String unitHeader = h.get(unit);
    boolean leads = words.leadColumns().stream().anyMatch(unitHeader::contains);
    int support = -1;
    if (leads) {
      for (int c = 0; c < h.size() && support < 0; c++) {
        String x = h.get(c);
        if (c != unit && !person(x) && words.supportColumns().stream().anyMatch(x::contains)) {
          support = c;
        }
      }
    }
    int number = indexOf(h, words.numberColumns());
    int name = indexOf(h, words.nameColumns());
    if (name < 0) {
      name = number == 0 ? 1 : 0;
    }
    return Optional.of(new Columns(unit, leads, support, number, name));
  }

  private boolean person(String header) {
    return words.personColumns().stream().anyMatch(header::contains);
  }

  /** The first column (in header order) equal to one of the words. */
  private static int indexOf(List<String> header, List<String> names) {
    for (int c = 0; c < header.size(); c++) {
      if (names.contains(header.get(c))) {
        return c;
      }
    }
    return -1;
  }
}
