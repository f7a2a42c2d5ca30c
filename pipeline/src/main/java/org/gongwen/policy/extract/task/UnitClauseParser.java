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
 * <p>Rules (spec §4 {@code units}): labelled groups ({@code 牵头单位：A，责任单位：B、C}); units under
 * 牵头单位/牵头部门 lead and those under 责任/配合/参与 units then do not; a {@code *} or {@code ＊} marks a
 * lead and is dropped; a document-stated {@link LeadConvention} applies to unmarked lists; names split on
 * 、，,；; outside brackets (and on white space in table cells); bracketed aliases normalized to 〈〉
 * ({@code 区委组织部（区人才办）} → {@code 区委组织部〈区人才办〉}); white space inside a name removed.
 */
public final class UnitClauseParser {

  static final String LABELS =
      "牵头单位|牵头部门|责任单位|责任部门|主责单位|主责部门|配合单位|配合部门|协办单位|协同单位|参与单位|实施单位|承办单位";
  private static final Pattern LABEL = Pattern.compile("(" + LABELS + ")\\s*[：:]");

  private final NameListParser clauseNames = new NameListParser(false);
  private final NameListParser cellNames = new NameListParser(true);

  /** Units of a clause's content (without its outer brackets). */
  public List<UnitRef> parseClause(String content, LeadConvention convention) {
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
      add(out, name, true);
    }
    for (String name : cellNames.split(supportCell)) {
      add(out, name, isStarred(name));
    }
    return out;
  }

  private static void add(List<UnitRef> out, String raw, boolean lead) {
    String name = normalizeName(raw);
    if (!name.isEmpty()) {
      out.add(new UnitRef(name, lead));
    }
  }

  private List<UnitRef> parse(String content, LeadConvention convention, NameListParser splitter) {
    List<String> labels = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    Matcher m = LABEL.matcher(content);
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
    boolean labelledLead = labels.stream().anyMatch(l -> l != null && l.startsWith("牵头"));
    List<UnitRef> out = new ArrayList<>();
    boolean anyStar = false;
    List<String> rawNames = new ArrayList<>();
    List<Boolean> groupLead = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String name : splitter.split(groups.get(g))) {
        rawNames.add(name);
        groupLead.add(labels.get(g) != null && labels.get(g).startsWith("牵头"));
        anyStar |= isStarred(name);
      }
    }
    boolean applyConvention = !labelledLead && !anyStar && convention != LeadConvention.NONE;
    int firstCommaGroupEnd = applyConvention && convention == LeadConvention.BEFORE_FIRST_COMMA
        ? countBeforeFirstComma(content, splitter) : 1;
    for (int i = 0; i < rawNames.size(); i++) {
      String raw = rawNames.get(i);
      boolean lead = isStarred(raw) || groupLead.get(i) || (applyConvention && i < firstCommaGroupEnd);
      String name = normalizeName(raw);
      if (!name.isEmpty()) {
        out.add(new UnitRef(name, lead));
      }
    }
    return out;
  }

  private int countBeforeFirstComma(String content, NameListParser splitter) {
    int comma = content.indexOf('，');
    if (comma < 0) {
      comma = content.indexOf(',');
    }
    return comma < 0 ? 1 : splitter.split(content.substring(0, comma)).size();
  }

  private static boolean isStarred(String name) {
    String t = name.strip();
    return t.startsWith("*") || t.startsWith("＊") || t.endsWith("*") || t.endsWith("＊");
  }

  /** Drops stars and white space, normalizes bracket kinds around aliases to 〈〉. */
  static String normalizeName(String raw) {
    String s = raw.replaceAll("[*＊\\s]", "");
    return s.replaceAll("[（(<【]", "〈").replaceAll("[）)>】]", "〉");
  }
}
