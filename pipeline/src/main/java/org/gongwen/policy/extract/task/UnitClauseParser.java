package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.model.UnitRef;

/**
 * Parses the content of a unit clause or a unit table cell into {@link UnitRef}s, in the order printed.
 *
 * <p>Rules (spec §4 {@code units}):
 * <ul>
 *   <li>labelled groups ({@code 牵头单位：A，责任单位：B、C}, labels in the lexicon's
 *       {@code task/unit-labels}); units under a lead label (牵头单位, 牵头部门) lead and those under the
 *       others then do not; a field of another kind after the units ({@code ；适用范围：…}) ends the group;
 *   <li>unlabelled clauses ({@code X牵头，Y参与}, {@code A、B负责}) as {@link RoleClauseRule} reads them;
 *   <li>a {@code *} or {@code ＊} marks a lead; a {@link LeadConvention} the document states applies to
 *       lists with no mark and no 牵头;
 *   <li>names split on 、，,；; outside brackets (and on white space in table cells), each normalized by
 *       {@link UnitNameRule}.
 * </ul>
 */
public final class UnitClauseParser {

  /** A field label that is not a unit label, after a separator: {@code ；适用范围：}. */
  private static final Pattern OTHER_FIELD = Pattern.compile("[，,；;。]\\s*([^，,；;。：:、（）()]{1,8})\\s*[：:]");

  /** A field label at the start of a group ({@code 完成时限：}). */
  private static final Pattern LEADING_FIELD = Pattern.compile("\\s*[^，,；;。：:、（）()]{1,8}\\s*[：:]");

  /** The marks a field name before its colon never holds ({@code [^，,；;。：:、（）()]} of the field patterns). */
  private static final String FIELD_MARKS = "，,；;。：:、（）()";

  private final TaskWords words;
  private final UnitNameRule names;
  private final RoleClauseRule roles;
  private final NameListParser clauseNames = new NameListParser(false);
  private final NameListParser cellNames = new NameListParser(true);

  public UnitClauseParser(TaskWords words, UnitNameRule names, RoleClauseRule roles) {
    this.words = words;
    this.names = names;
    this.roles = roles;
  }

  /**
   * Whether {@code content} (outer brackets removed) starts with a unit label ({@code 责任单位：}), perhaps
   * after fields of another kind ({@code 完成时限：2024年底前；责任单位：…}).
   */
  public boolean labelled(String content) {
    String c = content.strip();
    return words.labelPattern().matcher(c).lookingAt()
        || firstMarkIsColon(c) && words.fieldsThenLabel().matcher(c).lookingAt();
  }

  /**
   * Whether the first of the marks {@code ，,；;。：:、（）()} in the text is a colon: fields before a label
   * ({@link TaskWords#fieldsThenLabel}) open with a short name and its colon, so a text where another mark
   * comes first has none, and the backtracking pattern need not be tried.
   */
  static boolean firstMarkIsColon(String c) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (FIELD_MARKS.indexOf(ch) >= 0) {
        return ch == '：' || ch == ':';
      }
    }
    return false;
  }

  /** Whether {@code content} is a unit clause: labelled, or an unlabelled clause {@link RoleClauseRule} reads. */
  public boolean isClause(String content) {
    return labelled(content) || roles.read(content).accepted();
  }

  /** Whether {@code content} is a bare list of organs ({@link RoleClauseRule#bareList}). */
  public boolean isBareList(String content) {
    return roles.bareList(content);
  }

  /** Units of a clause's content (without its outer brackets); empty when it names none. */
  public List<UnitRef> parseClause(String content, LeadConvention convention) {
    if (!labelled(content)) {
      RoleClauseRule.Result r = roles.read(content);
      if (r.accepted()) {
        return fromRoles(r, convention);
      }
    }
    return parse(content, convention, clauseNames);
  }

  /** Units of a table cell, where white space also separates names. */
  public List<UnitRef> parseCell(String cell, LeadConvention convention) {
    return parse(cell, convention, cellNames);
  }

  /**
   * Units of a row whose table has a 牵头单位 column and a 配合单位 (参与, 责任…) column: every unit of the
   * first is lead, none of the second ({@code 牵头单位 | 市数据局、市金融办 || 配合单位 | 市市场监管局}).
   */
  public List<UnitRef> parseLeadAndSupportCells(String leadCell, String supportCell) {
    List<UnitRef> out = new ArrayList<>();
    for (String name : cellNames.split(leadCell)) {
      add(out, names.name(name), true);
    }
    for (String name : cellNames.split(supportCell)) {
      add(out, names.name(name), names.starred(name));
    }
    return out;
  }

  private List<UnitRef> fromRoles(RoleClauseRule.Result r, LeadConvention convention) {
    boolean anyStar = r.names().stream().anyMatch(n -> names.starred(n.printed()));
    boolean applyConvention = !r.explicitLead() && !anyStar && convention != LeadConvention.NONE;
    List<UnitRef> out = new ArrayList<>();
    for (int i = 0; i < r.names().size(); i++) {
      RoleClauseRule.RoleName n = r.names().get(i);
      boolean lead = n.lead() || names.starred(n.printed()) || (applyConvention && i == 0);
      add(out, names.name(n.printed()), lead);
    }
    return out;
  }

  private static void add(List<UnitRef> out, String name, boolean lead) {
    if (!name.isEmpty()) {
      out.add(new UnitRef(name, lead));
    }
  }

  private List<UnitRef> parse(String content, LeadConvention convention, NameListParser splitter) {
    List<String> labels = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    Matcher m = words.labelPattern().matcher(content);
    int last = 0;
    String label = null;
    while (m.find()) {
      if (label != null || !content.substring(last, m.start()).isBlank()) {
        labels.add(label);
        groups.add(content.substring(last, m.start()));
      }
      label = m.group(1);
      last = m.end();
    }
    labels.add(label);
    groups.add(content.substring(last));
    boolean labelledLead = labels.stream().anyMatch(l -> l != null && words.isLeadLabel(l));
    List<String> rawNames = new ArrayList<>();
    List<Boolean> groupLead = new ArrayList<>();
    boolean anyStar = false;
    for (int g = 0; g < groups.size(); g++) {
      if (labels.get(g) == null && groups.size() > 1 && LEADING_FIELD.matcher(groups.get(g)).lookingAt()) {
        continue; // 完成时限：2024年底前； before the first unit label
      }
      String group = withoutOtherField(groups.get(g));
      boolean leadGroup = labels.get(g) != null && words.isLeadLabel(labels.get(g));
      RoleClauseRule.Result roled = roles.read(group);
      if (roled.accepted()) {
        // 责任单位：市科技局牵头，市财政局配合; 各区政府按职责分工负责; a cell 市文旅局牵头，市体育局配合
        for (RoleClauseRule.RoleName n : roled.names()) {
          rawNames.add(n.printed());
          groupLead.add(n.lead() || leadGroup);
          anyStar |= names.starred(n.printed());
        }
        labelledLead |= roled.explicitLead();
        continue;
      }
      for (String name : splitter.split(group)) {
        if (name.contains("牵头") && !words.organName(names.name(name))) {
          continue; // a stated convention (排在第一位的为牵头单位) inside the clause, not a unit
        }
        rawNames.add(name);
        groupLead.add(leadGroup);
        anyStar |= names.starred(name);
      }
    }
    boolean applyConvention = !labelledLead && !anyStar && convention != LeadConvention.NONE;
    int firstCommaGroupEnd = applyConvention && convention == LeadConvention.BEFORE_FIRST_COMMA
        ? countBeforeFirstComma(content, splitter) : 1;
    List<UnitRef> out = new ArrayList<>();
    for (int i = 0; i < rawNames.size(); i++) {
      String raw = rawNames.get(i);
      boolean lead = names.starred(raw) || groupLead.get(i) || (applyConvention && i < firstCommaGroupEnd);
      add(out, names.name(raw), lead);
    }
    return out;
  }

  /** The group up to a field of another kind ({@code 商务部、海关总署；适用范围：…} → {@code 商务部、海关总署}). */
  private String withoutOtherField(String group) {
    Matcher f = OTHER_FIELD.matcher(group);
    while (f.find()) {
      if (!words.isUnitLabel(f.group(1).strip())) {
        return group.substring(0, f.start());
      }
    }
    return group;
  }

  private int countBeforeFirstComma(String content, NameListParser splitter) {
    int comma = content.indexOf('，');
    if (comma < 0) {
      comma = content.indexOf(',');
    }
    Matcher m = words.labelPattern().matcher(content);
    String head = comma < 0 ? content : content.substring(0, comma);
    if (m.lookingAt() && m.end() <= head.length()) {
      head = head.substring(m.end());
    }
    return comma < 0 ? 1 : splitter.split(head).size();
  }
}
