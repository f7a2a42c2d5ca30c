package org.gongwen.policy.extract.goal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.WordAlternation;
import org.gongwen.policy.extract.quantity.Fuzz;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.TargetKind;

/**
 * The word lists of target finding (lexicon {@code target/…}), loaded once and shared: comparators, goal,
 * increase and level verbs, benefit, fact and past words, time-limit units, formula marks and names. Pure
 * functions over the text before and after a quantity decide a target's comparator and kind (spec §5).
 */
public final class TargetWords {

  private static final Pattern SHARE_OF = Pattern.compile("占[^，,；;、]{0,30}(?:的)?$");
  private static final String NUMERAL = "[一二三四五六七八九十两\\d]";

  private final WordAlternation annual;
  private final WordAlternation cumulative;
  private final Pattern raise;

  private final List<Map.Entry<String, Relation>> before;
  private final List<Map.Entry<String, Relation>> after;
  private final WordAlternation goal;
  private final WordAlternation increase;
  private final WordAlternation level;
  private final Pattern countVerbEnd;
  private final WordAlternation growth;
  private final WordAlternation share;
  final WordAlternation benefit;
  final WordAlternation fact;
  final WordAlternation past;
  final WordAlternation pastVerb;
  final WordAlternation condition;
  final Pattern timeLimitUnit;
  final WordAlternation cut;
  final WordAlternation formula;
  final WordAlternation name;
  final Pattern workNounsEnd;
  private final Pattern onlyGoalWords;
  private final Pattern verbBeforeNumber;
  /** Every comparator word printed before a number, longest first, as a regex alternation and compiled. */
  private final String comparatorAlternation;
  private final Pattern comparators;
  private final String verbAfterComparator;
  /** Words stripped from the start of an indicator (力争, 全市, 进一步 …), as an alternation. */
  final String leadingFillers;
  /** Relative years (明年 → +1) and their alternation. */
  final Map<String, Integer> relativeYears;
  final Pattern relativeYear;
  /** Goal-frame words (目标, 力争, 全年 …). */
  final Pattern frameWords;
  /** Words turning a past-period sentence to the future (力争, 将, 计划 …). */
  final Pattern future;
  /** A base of comparison: 比/较/同比 then 上年/去年/基期, as an alternation of both parts. */
  final String comparisonMarkers;
  final String comparisonBases;
  /** Verbs stripped from either end of an indicator. */
  final java.util.Set<String> trimmedVerbs;
  final Pattern totalColumn;
  final Pattern personNounEnd;
  final Pattern serialColumn;
  final Pattern grantAfter;
  final Pattern perUnitEnd;
  final Pattern according;
  final Pattern articleMeasure;
  final Pattern wholePeriod;
  final Pattern thisYear;
  final Pattern distributive;
  final Pattern relativePeriod;
  final String changeVerbs;
  final String boundSuffixes;
  /** A bound suffix (以上, 以内 …) after white space at the start of a text. */
  final Pattern boundSuffix;
  final String sharedVerbMarkers;
  final String trendAdverbs;
  final String trailingWords;
  /** 到, 至 (lexicon target/to-words): as an alternation and as a character class. */
  final String toWords;
  final String toLetters;
  /** A span of printed years: 2021—2025年, 2021至2025年 (group 1 and 2 the years). */
  final Pattern yearRange;
  /** 底, 末 after a printed year (lexicon target/year-end-words), as an alternation. */
  final String yearEnd;
  /** 前, 以前 after a printed year (lexicon target/deadline-words), as an alternation. */
  final String deadline;
  /** Comparators a number cell may end in (lexicon target/cell-comparators) and their alternation. */
  final Map<String, Relation> cellComparators;
  final String cellComparator;
  /** 对, 凡 opening an eligibility clause (lexicon target/eligibility-leads). */
  final List<String> eligibilityLeads;
  /** Prose due-year grammar (lexicon target/due-year-leads, year-reached-leads, since-…, …), as alternations. */
  final String dueYearLeads;
  final String yearReachedLeads;
  final String scopeEnds;
  final String itemComparators;
  final String sinceLeads;
  final String sinceWords;
  final String meansWords;
  final String yearSpanEnds;
  /** Letters joining list items (target/item-conjunctions) and clause lists (target/list-conjunctions). */
  final String itemConjunctionLetters;
  final String listConjunctionLetters;
  /** 比, 较, 同比 (target/comparison-markers) as words. */
  final List<String> comparisonMarkerWords;

  public TargetWords(Lexicon lexicon) {
    this.toWords = lexicon.alternation("target/to-words");
    this.toLetters = lexicon.characterClass("target/to-words");
    this.yearRange = Pattern.compile("(\\d{4})\\s*(?:[—–\\-－~～]|" + toLetters + ")\\s*(\\d{4})\\s*年");
    this.yearEnd = lexicon.alternation("target/year-end-words");
    this.deadline = lexicon.alternation("target/deadline-words");
    java.util.Map<String, Relation> cells = new java.util.LinkedHashMap<>();
    lexicon.pairs("target/cell-comparators").forEach((k, v) -> cells.put(k, Relation.fromSymbol(v.strip())));
    this.cellComparators = java.util.Collections.unmodifiableMap(cells);
    this.cellComparator = cells.keySet().stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    this.eligibilityLeads = lexicon.words("target/eligibility-leads");
    this.dueYearLeads = lexicon.alternation("target/due-year-leads");
    this.yearReachedLeads = lexicon.alternation("target/year-reached-leads");
    this.scopeEnds = lexicon.alternation("target/scope-ends");
    this.itemComparators = lexicon.alternation("target/item-comparators");
    this.sinceLeads = lexicon.alternation("target/since-leads");
    this.sinceWords = lexicon.alternation("target/since-words");
    this.meansWords = lexicon.alternation("target/means-words");
    this.yearSpanEnds = lexicon.alternation("target/year-span-ends");
    this.itemConjunctionLetters = String.join("", lexicon.words("target/item-conjunctions"));
    this.listConjunctionLetters = String.join("", lexicon.words("target/list-conjunctions"));
    this.comparisonMarkerWords = lexicon.words("target/comparison-markers");
    this.before = relations(lexicon, "target/comparators-before");
    this.after = relations(lexicon, "target/comparators-after");
    this.comparatorAlternation = String.join("|", before.stream().map(e -> Pattern.quote(e.getKey())).toList());
    this.comparators = Pattern.compile(comparatorAlternation);
    this.goal = WordAlternation.longestFirst(lexicon, "target/goal-words");
    this.increase = WordAlternation.longestFirst(lexicon, "target/increase-verbs");
    this.level = WordAlternation.longestFirst(lexicon, "target/level-verbs");
    this.countVerbEnd = Pattern.compile("(?:" + alternation(lexicon, "target/count-verbs").pattern() + ")\\s*$");
    this.growth = WordAlternation.longestFirst(lexicon, "target/growth-words");
    this.share = WordAlternation.longestFirst(lexicon, "target/share-words");
    this.benefit = WordAlternation.longestFirst(lexicon, "target/benefit-words");
    this.fact = WordAlternation.longestFirst(lexicon, "target/fact-words");
    this.past = WordAlternation.longestFirst(lexicon, "target/past-words");
    this.pastVerb = WordAlternation.longestFirst(lexicon, "target/past-verbs");
    this.condition = WordAlternation.longestFirst(lexicon, "target/condition-words");
    this.timeLimitUnit = alternation(lexicon, "target/time-limit-units");
    this.cut = WordAlternation.longestFirst(lexicon, "target/cut-verbs");
    this.formula = WordAlternation.longestFirst(lexicon, "target/formula-marks");
    this.name = WordAlternation.longestFirst(lexicon, "target/name-words");
    this.workNounsEnd = Pattern.compile("(?:等)?(?:" + alternation(lexicon, "target/work-nouns").pattern() + ")+$");
    this.onlyGoalWords = Pattern.compile("(?:" + goal.pattern().pattern() + ")+");
    this.annual = WordAlternation.longestFirst(lexicon, "target/per-period-words");
    this.cumulative = WordAlternation.longestFirst(lexicon, "target/cumulative-words");
    this.raise = Pattern.compile("(?:" + alternation(lexicon, "target/raise-verbs").pattern() + ")(?!" + toLetters + ")");
    this.leadingFillers = alternation(lexicon, "target/leading-fillers").pattern();
    java.util.Map<String, Integer> rel = new java.util.LinkedHashMap<>();
    lexicon.pairs("target/relative-years").forEach((k, v) -> rel.put(k, Integer.parseInt(v.strip())));
    this.relativeYears = Map.copyOf(rel);
    this.relativeYear = alternation(lexicon, "target/relative-years", true);
    this.frameWords = alternation(lexicon, "target/frame-words");
    this.future = alternation(lexicon, "target/future-words");
    this.comparisonMarkers = alternation(lexicon, "target/comparison-markers").pattern();
    this.comparisonBases = alternation(lexicon, "target/comparison-bases").pattern();
    this.trimmedVerbs = java.util.Set.copyOf(lexicon.words("target/trimmed-verbs"));
    this.totalColumn = alternation(lexicon, "target/total-columns");
    this.personNounEnd = Pattern.compile(".*(?:" + alternation(lexicon, "target/person-nouns").pattern() + ")$");
    this.serialColumn = Pattern.compile(".*(?:" + alternation(lexicon, "target/serial-columns").pattern()
        + ")\\s*$|^\\s*(?:No\\.?|NO\\.?)\\s*$");
    this.grantAfter = Pattern.compile("\\s*" + lexicon.alternation("target/grant-bounds") + "?的?\\s*(?:" + alternation(lexicon, "target/grant-words").pattern()
        + ").*");
    this.perUnitEnd = Pattern.compile("每(?:" + alternation(lexicon, "target/per-units").pattern() + ")?\\s*$");
    this.according = Pattern.compile("(?:" + alternation(lexicon, "target/according-words").pattern() + ")");
    this.articleMeasure = Pattern.compile("^一\\s*(?:" + alternation(lexicon, "target/article-measure-words").pattern() + ")$");
    this.wholePeriod = Pattern.compile("(?:" + alternation(lexicon, "target/whole-period-leads").pattern() + ")" + NUMERAL
        + "{1,2}年|" + NUMERAL + "年(?:" + alternation(lexicon, "target/whole-period-nouns").pattern() + ")|"
        + alternation(lexicon, "target/period-end-words").pattern());
    this.thisYear = alternation(lexicon, "target/this-year-words");
    this.distributive = Pattern.compile("(?:(各)|每" + lexicon.alternation("target/each-measures") + "?)[\\p{IsHan}]{0,3}(?:"
        + alternation(lexicon, "target/distributive-ends").pattern() + ")");
    this.changeVerbs = alternation(lexicon, "target/change-verbs").pattern();
    this.boundSuffixes = alternation(lexicon, "target/bound-suffixes").pattern();
    this.boundSuffix = Pattern.compile("^\\s*(?:" + boundSuffixes + ")");
    this.sharedVerbMarkers = alternation(lexicon, "target/shared-verb-markers").pattern();
    this.trendAdverbs = alternation(lexicon, "target/trend-adverbs").pattern();
    this.trailingWords = alternation(lexicon, "target/trailing-words").pattern();
    this.relativePeriod = Pattern.compile(NUMERAL + "{1,2}\\s*年(?:" + alternation(lexicon, "target/relative-periods").pattern()
        + ")");
    this.verbAfterComparator = alternation(lexicon, "target/verbs-after-comparator").pattern();
    this.verbBeforeNumber = Pattern.compile("(?:" + verbAfterComparator + "){1,2}\\s*$");
  }

  /** The project's lists. */
  public static TargetWords standard() {
    return new TargetWords(Lexicon.standard());
  }

  /**
   * The comparator of a number: a following 以上/以内/左右 decides; else the number's own fuzz; else the
   * longest comparator word right before it ({@code 不超过} is {@code <=}, not the {@code 超过} inside
   * it); else {@code =}. 以上 counts only for the number it follows.
   */
  public Relation comparator(String textBefore, String textAfter, Fuzz fuzz) {
    String a = textAfter.stripLeading();
    for (Map.Entry<String, Relation> e : after) {
      if (a.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    if (fuzz == Fuzz.AT_LEAST) {
      return Relation.AT_LEAST;
    }
    if (fuzz == Fuzz.ABOUT) {
      return Relation.ABOUT;
    }
    String word = comparatorWordBefore(textBefore);
    if (word == null) {
      // 至少新建一座, 每个街道至少配备2名: the comparator stands before the verb that counts
      String beforeVerb = verbBeforeNumber.matcher(textBefore.stripTrailing()).replaceFirst("");
      String bound = beforeVerb.length() < textBefore.stripTrailing().length() ? comparatorWordBefore(beforeVerb) : null;
      if (bound != null && relationBefore(bound) != Relation.EQUAL && relationBefore(bound) != Relation.ABOUT) {
        return relationBefore(bound);
      }
    }
    return word == null ? Relation.EQUAL : relationBefore(word);
  }

  /** The verbs that may stand between a bound and its number (至少新建一座), as a regex alternation. */
  String verbAfterComparatorAlternation() {
    return verbAfterComparator;
  }

  /** Whether the phrase is only goal verbs ({@code 建设}, {@code 布局建设}): it names nothing measured. */
  public boolean onlyGoalWords(String phrase) {
    return onlyGoalWords.matcher(phrase).matches();
  }

  /** The longest comparator word ending {@code textBefore} (spaces ignored), or null. */
  public String comparatorWordBefore(String textBefore) {
    String b = textBefore.stripTrailing();
    for (Map.Entry<String, Relation> e : before) {
      if (b.endsWith(e.getKey())) {
        return e.getKey();
      }
    }
    return null;
  }

  private Relation relationBefore(String word) {
    for (Map.Entry<String, Relation> e : before) {
      if (e.getKey().equals(word)) {
        return e.getValue();
      }
    }
    throw new java.util.NoSuchElementException(word);
  }

  /** Every comparator word printed before a number, longest first, as a regex alternation. */
  String comparatorAlternation() {
    return comparatorAlternation;
  }

  /** Every comparator word printed before a number, longest first. */
  List<String> comparatorWords() {
    return before.stream().map(Map.Entry::getKey).toList();
  }

  /** The phrase with its comparator words blanked (不超过10个 states a limit, not a goal verb). */
  public String withoutComparators(String phrase) {
    return comparators.matcher(phrase).replaceAll(" ");
  }

  /** Whether the phrase holds a goal word (达到, 建成, 培育, 力争 …). */
  public boolean hasGoalWord(String phrase) {
    return goal.find(phrase);
  }

  /**
   * The kind of a target: {@code annual} under 每年; for a percentage, {@code share} under 占…比重 and
   * {@code growth} under 增长/下降; else {@code increase} when the last verb before the number adds
   * something (新增, 培育, 引进 …) and {@code level} otherwise.
   *
   * @param clause the clause up to the number (the indicator and its verbs)
   */
  public TargetKind kind(String clause, String unit) {
    if (annual.find(clause)) {
      return TargetKind.ANNUAL;
    }
    if ("%".equals(unit)) {
      if (share.find(clause) || SHARE_OF.matcher(clause).find()) {
        return TargetKind.SHARE;
      }
      if (growth.find(clause) || raise.matcher(clause).find()) {
        return TargetKind.GROWTH;
      }
      return TargetKind.LEVEL;
    }
    if (cumulative.find(clause)) {
      return TargetKind.LEVEL;
    }
    if (countVerbEnd.matcher(clause).find()) {
      return TargetKind.INCREASE; // 建设50所: the verb adds what it counts
    }
    return kindOfLabel(clause, unit);
  }

  /** The kind of a table row's target from its label (监测体系建设 is a noun: no count verb applies). */
  public TargetKind kindOfLabel(String clause, String unit) {
    if (annual.find(clause)) {
      return TargetKind.ANNUAL;
    }
    if ("%".equals(unit)) {
      return kind(clause, unit);
    }
    if (cumulative.find(clause)) {
      return TargetKind.LEVEL;
    }
    int increaseAt = increase.lastEnd(clause);
    int levelAt = level.lastEnd(clause);
    return increaseAt >= 0 && increaseAt >= levelAt ? TargetKind.INCREASE : TargetKind.LEVEL;
  }

  /** Whether the clause has a word that decides the kind; a clause without one inherits its list's. */
  public boolean hasKindWord(String clause) {
    return annual.find(clause) || cumulative.find(clause)
        || increase.find(clause) || level.find(clause);
  }

  private static List<Map.Entry<String, Relation>> relations(Lexicon lexicon, String list) {
    return lexicon.longestFirst(list).stream()
        .map(line -> Map.entry(line.substring(0, line.indexOf('\t')), Relation.fromSymbol(line.substring(line.indexOf('\t') + 1).strip())))
        .toList();
  }

  /** A lexicon list as one regex alternation, longest word first, compiled once by the caller's constructor. */
  static Pattern alternation(Lexicon lexicon, String list) {
    return alternation(lexicon, list, false);
  }

  /** The same, of the keys of a {@code key<TAB>value} list when {@code keys}. */
  static Pattern alternation(Lexicon lexicon, String list, boolean keys) {
    return Pattern.compile(String.join("|", lexicon.longestFirst(list).stream()
        .map(w -> keys && w.indexOf('\t') >= 0 ? w.substring(0, w.indexOf('\t')) : w).map(Pattern::quote).toList()));
  }
}
