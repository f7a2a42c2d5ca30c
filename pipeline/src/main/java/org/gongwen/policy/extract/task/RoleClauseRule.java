package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.extract.NameListParser;

/**
 * An unlabelled unit clause, as central and provincial documents print them (spec §4):
 * {@code （人力资源社会保障部、财政部负责）}, {@code （生态环境部牵头，国家发展改革委、工业和信息化部参与）},
 * {@code （X、Y牵头，Z按职责分工负责）}, {@code （X指导，Y负责落实）}.
 *
 * <p>The content is read as parts separated by ，；。 outside brackets. A part is a list of names (split on
 * 、) closed by a role verb ({@code lexicon task/role-verbs}): 牵头 makes its names lead, 负责, 参与,
 * 配合, 指导 … do not. Every name must read as an organ ({@link TaskWords#organName}). The first part must
 * read so, or the bracket is no unit clause (an explanation, an alias, a deadline); a later part that does
 * not ({@code 列第一位者为牵头单位，下同}, {@code 以下均需…不再列出}) is a note: reading stops there.
 */
public final class RoleClauseRule {

  /** Why a bracket is not an unlabelled unit clause. */
  public enum Rejection {
    /** The first part does not end with a role verb. */
    NO_ROLE_VERB,
    /** The first part ends with a role verb but names something that is not an organ. */
    NOT_AN_ORGAN
  }

  /** A name as printed with the lead the role verb gives it. */
  public record RoleName(String printed, boolean lead) {}

  /** The clause's names, or the rejection. */
  public record Result(List<RoleName> names, Rejection rejection) {
    public Result {
      names = List.copyOf(names);
    }

    public boolean accepted() {
      return rejection == null;
    }

    /** Whether some part was marked 牵头. */
    public boolean explicitLead() {
      return names.stream().anyMatch(RoleName::lead);
    }
  }

  private final TaskWords words;
  private final UnitNameRule names;
  private final NameListParser parts = new NameListParser(false, "，,；;。");
  private final NameListParser list = new NameListParser(false, "、");

  public RoleClauseRule(TaskWords words, UnitNameRule names) {
    this.words = words;
    this.names = names;
  }

  /**
   * A bare list of organs with no role verb ({@code 工业和信息化部、应急管理部}): every name, split on 、,
   * reads as an organ and nothing else is in the bracket. Whether such a bracket is a clause depends on
   * where it stands ({@link UnitClauseFinder}); its names do not lead.
   */
  public boolean bareList(String content) {
    if (content.isBlank() || content.chars().anyMatch(c -> "，,；;。：:".indexOf(c) >= 0)) {
      return false;
    }
    List<String> split = list.split(content);
    return !split.isEmpty() && split.stream().allMatch(raw -> {
      String name = names.name(raw);
      return !name.isEmpty() && words.organName(name);
    });
  }

  public Result read(String content) {
    List<RoleName> out = new ArrayList<>();
    List<String> split = parts.split(content);
    for (int p = 0; p < split.size(); p++) {
      String part = split.get(p).strip();
      var verb = words.roleVerbAtEnd(part);
      Rejection why = null;
      List<RoleName> partNames = new ArrayList<>();
      if (verb.isEmpty() || part.length() == verb.get().word().length()) {
        why = Rejection.NO_ROLE_VERB;
      } else {
        for (String raw : list.split(part.substring(0, part.length() - verb.get().word().length()))) {
          String name = names.name(raw);
          if (name.isEmpty() || !words.organName(name)) {
            why = Rejection.NOT_AN_ORGAN;
            break;
          }
          partNames.add(new RoleName(raw, verb.get().lead()));
        }
      }
      if (why != null || partNames.isEmpty()) {
        if (p == 0) {
          return new Result(List.of(), why == null ? Rejection.NOT_AN_ORGAN : why);
        }
        break;
      }
      out.addAll(partNames);
    }
    return new Result(out, null);
  }
}
