package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * The word lists of the task step, read once from the lexicon ({@code lexicon/task/}): unit labels and
 * their roles, role verbs of unlabelled clauses, organ suffixes, name tails, stated lead conventions,
 * table column headers, part and benefit words. Immutable; shared by the task rules.
 */
public final class TaskWords {

  /** An alias in 〈〉 after a unit name. */
  private static final Pattern ALIAS = Pattern.compile("〈[^〈〉]*〉");


  /** A word and the role it gives the units it names. */
  public record Role(String word, boolean lead) {}

  private final Map<String, Boolean> unitLabels;
  private final List<Role> roleVerbs;
  private final List<String> organSuffixes;
  private final List<String> collectivePrefixes;
  private final List<String> proseMarkers;
  private final List<String> nameTails;
  private final List<Map.Entry<LeadConvention, Pattern>> conventions;
  private final List<String> unitColumns;
  private final Set<String> leadColumns;
  private final Set<String> supportColumns;
  private final List<String> personColumns;
  private final List<String> nameColumns;
  private final List<String> numberColumns;
  private final Set<String> emptyCells;
  private final List<String> benefitWords;
  private final List<String> taskPartWords;
  private final List<String> otherPartWords;
  private final Set<String> responsibilityLeadWords;
  private final Set<String> responsibilitySupportWords;
  private final Pattern labelPattern;
  private final String conjunctionLetters;
  private final Pattern fieldsThenLabel;

  private TaskWords(Lexicon lx) {
    Map<String, Boolean> labels = new LinkedHashMap<>();
    lx.pairs("task/unit-labels").forEach((k, v) -> labels.put(k, v.strip().equals("lead")));
    unitLabels = Map.copyOf(labels);
    List<Role> verbs = new ArrayList<>();
    lx.pairs("task/role-verbs").forEach((k, v) -> verbs.add(new Role(k, v.strip().equals("lead"))));
    verbs.sort(Comparator.comparingInt((Role r) -> -r.word().length()).thenComparing(Role::word));
    roleVerbs = List.copyOf(verbs);
    organSuffixes = lx.longestFirst("task/organ-suffixes");
    collectivePrefixes = lx.words("task/collective-prefixes");
    proseMarkers = lx.words("task/prose-markers");
    nameTails = lx.longestFirst("task/unit-name-tails");
    List<Map.Entry<LeadConvention, Pattern>> conv = new ArrayList<>();
    for (String line : lx.words("task/lead-conventions")) {
      int tab = line.indexOf('\t');
      conv.add(Map.entry(LeadConvention.valueOf(line.substring(0, tab).strip()),
          Pattern.compile(line.substring(tab + 1).strip())));
    }
    conventions = List.copyOf(conv);
    unitColumns = lx.words("task/unit-columns");
    leadColumns = lx.set("task/lead-columns");
    supportColumns = lx.set("task/support-columns");
    personColumns = lx.words("task/person-columns");
    nameColumns = lx.words("task/name-columns");
    numberColumns = lx.words("task/number-columns");
    emptyCells = lx.set("task/empty-cells");
    benefitWords = lx.words("task/benefit-words");
    taskPartWords = lx.words("task/task-part-words");
    String conjunctions = lx.characterClass("task/conjunctions");
    conjunctionLetters = conjunctions.substring(1, conjunctions.length() - 1);
    otherPartWords = lx.words("task/other-part-words");
    responsibilityLeadWords = lx.set("task/responsibility-lead-words");
    responsibilitySupportWords = lx.set("task/responsibility-support-words");
    String alternation = unitLabels.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    labelPattern = Pattern.compile("(" + alternation + ")\\s*[：:]");
    fieldsThenLabel = Pattern.compile(
        "\\s*(?:[^，,；;。：:、（）()]{1,8}\\s*[：:][^；;（）()]*[；;，,]\\s*)+(?:" + alternation + ")\\s*[：:]");
  }

  /** The task step's lists of {@code lexicon}. */
  public static TaskWords from(Lexicon lexicon) {
    return new TaskWords(lexicon);
  }

  /** Matches a unit label with its colon ({@code 责任单位：}); group 1 is the label. */
  public Pattern labelPattern() {
    return labelPattern;
  }

  /**
   * Matches fields of another kind before a unit label at the start of a clause
   * ({@code 完成时限：2024年底前；责任单位：}).
   */
  public Pattern fieldsThenLabel() {
    return fieldsThenLabel;
  }

  public boolean isUnitLabel(String label) {
    return unitLabels.containsKey(label);
  }

  public boolean isLeadLabel(String label) {
    return Boolean.TRUE.equals(unitLabels.get(label));
  }

  /** The role verb that ends {@code part} (the longest), if any. */
  public Optional<Role> roleVerbAtEnd(String part) {
    for (Role r : roleVerbs) { // a loop, not a stream: asked for every part of every bracket
      if (part.endsWith(r.word())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code name} (alias in 〈〉 set aside) reads as an organ or a collective of organs: it begins
   * with a collective prefix or ends with an organ suffix, and holds no prose marker.
   */
  public boolean organName(String name) {
    String bare = name.indexOf('〈') < 0 ? name : ALIAS.matcher(name).replaceAll("");
    if (bare.length() < 2) {
      return false;
    }
    for (String marker : proseMarkers) {
      if (bare.contains(marker)) {
        return false;
      }
    }
    for (String prefix : collectivePrefixes) {
      if (bare.startsWith(prefix)) {
        return true;
      }
    }
    for (String suffix : organSuffixes) {
      if (bare.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Drops a trailing 等 / 等部门 that is not part of a unit's name. */
  public String withoutTail(String name) {
    for (String tail : nameTails) {
      if (name.endsWith(tail) && name.length() > tail.length() + 1) {
        return name.substring(0, name.length() - tail.length());
      }
    }
    return name;
  }

  public List<Map.Entry<LeadConvention, Pattern>> conventions() {
    return conventions;
  }

  public List<String> unitColumns() {
    return unitColumns;
  }

  public Set<String> leadColumns() {
    return leadColumns;
  }

  public Set<String> supportColumns() {
    return supportColumns;
  }

  public List<String> personColumns() {
    return personColumns;
  }

  public List<String> nameColumns() {
    return nameColumns;
  }

  public List<String> numberColumns() {
    return numberColumns;
  }

  /** Whether a cell's whole content means "no unit" ({@code /}). */
  public boolean emptyCell(String cell) {
    return emptyCells.contains(cell.strip());
  }

  public List<String> benefitWords() {
    return benefitWords;
  }

  public List<String> taskPartWords() {
    return taskPartWords;
  }

  public List<String> otherPartWords() {
    return otherPartWords;
  }

  public Set<String> responsibilityLeadWords() {
    return responsibilityLeadWords;
  }

  public Set<String> responsibilitySupportWords() {
    return responsibilitySupportWords;
  }

  /**
   * The conjunctions that join the items of a list ({@code 和, 及, 与}), as the inside of a regex character
   * class, so a caller can add its own separators: {@code "[" + conjunctionLetters() + "、]"}.
   */
  public String conjunctionLetters() {
    return conjunctionLetters;
  }
}
