package org.gongwen.policy.extract.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.quantity.ChineseNumber;
import org.gongwen.policy.extract.quantity.PrintedForm;
import org.gongwen.policy.extract.quantity.Quantity;
import org.gongwen.policy.extract.quantity.QuantityKind;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.model.Printed;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.TargetKind;
import org.gongwen.policy.structure.PartRole;
import org.gongwen.policy.text.CharClass;

/**
 * Targets stated in running text (spec §5). Each amount of a sentence is judged by the {@link TargetRules}
 * (a target only on positive evidence: a goal word, a comparator or a goal frame; rejected as a benefit, a
 * condition, a formula, a name, a time limit, a fact or a past achievement); a kept one gets its year
 * ({@link #yearOf}), comparator and kind ({@link TargetWords}) and its indicator (the phrase between the
 * previous separator and the number, trimmed).
 */
public final class ProseTargetFinder {

  /**
   * The one-char marks that end a sentence, a clause and a list item; the text is scanned for them char by char
   * ({@link #nextEnd}, {@link #lastBreak}, {@link #nextBreak}) as a one-char class pattern would match them.
   */
  static final String SENTENCE_END = "。！？!?\n";
  static final String CLAUSE_BREAK = "，,；;：:。";
  static final String ITEM_BREAK = "、，,；;：:。";
  /** What may lead the phrase before a number: item numbers and quotes, then frames and filler words. */
  private static final String ITEM_MARKS = "^(?:[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+[)）、]|[“”\"])*";
  private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[)）]");
  private static final Pattern EDGE_QUOTES = Pattern.compile("^[“”\"]+|[“”\"]+$");
  private static final Pattern BRACKET_UNIT = Pattern.compile("^\\s*[（(]([^（()）]{1,4})[)）]");

  private final QuantityParser parser;
  private final TargetWords words;
  private final TargetRules rules;
  private final IndicatorTrimmer trimmer;
  private final AmountEraser eraser;
  private final Pattern trailingVerb;
  private final Pattern suffix;
  private final Pattern leadingFiller;
  /** A comparison at the end of an indicator: {@code 单位能耗比2015年下降} → {@code 单位能耗}. */
  private final Pattern comparison;
  private final Pattern listedTimeUnit;
  private final Pattern timeUnit;
  private final Pattern sharedVerb;
  private final Pattern trend;
  /** A comparator and conjunction left over from the previous item (以上、, 左右和). */
  private final Pattern itemLead;
  /** A conjunction and the rest of a clause's list (、65%和55% → cut). */
  private final Pattern listTail;
  /** A paragraph opened by a due year (after its item number and short title): {@code （三）发展目标。到2025年，}. */
  private final Pattern paragraphFrame;
  private final Pattern frameYear;
  private final Pattern startYearPattern;
  /** A conjunction before the next figure: the noun after a number ends there (50所学校和150个专业). */
  private final Pattern nextItem;

  public ProseTargetFinder(QuantityParser parser, TargetWords words, TargetRules rules, IndicatorTrimmer trimmer) {
    this.parser = parser;
    this.words = words;
    this.rules = rules;
    this.trimmer = trimmer;
    this.eraser = new AmountEraser(words.comparatorWords());
    this.trailingVerb = Pattern.compile("(?:(?:" + words.comparatorAlternation() + ")(?:" + words.verbAfterComparatorAlternation()
        + "){0,2}|" + words.trailingWords + ")+$");
    this.suffix = Pattern.compile("^\\s*(?:" + words.boundSuffixes + ")");
    String dueYear = words.dueYearLeads + "?\\d{4}年" + words.yearEnd + "?" + words.deadline + "?";
    this.leadingFiller = Pattern.compile(ITEM_MARKS + "(?:“[^“”]{1,8}”" + words.scopeEnds + "|[一二三四五六七八九十两0-9]{1,2}年内|(?:"
        + words.relativeYear.pattern() + ")" + words.yearEnd + "?" + words.deadline + "?|" + dueYear + "|" + words.leadingFillers + ")+");
    this.comparison = Pattern.compile("(?:" + words.comparisonMarkers + ")(?:\\d{4}\\s*年" + words.yearEnd + "?|" + words.comparisonBases
        + ")(?:" + words.changeVerbs + ")?$");
    this.listedTimeUnit = Pattern.compile("^(?:[、和]\\s*[0-9.]+\\s*个)+\\s*(" + words.timeLimitUnit.pattern() + ")");
    this.timeUnit = Pattern.compile("^\\s*(" + words.timeLimitUnit.pattern() + ")");
    this.sharedVerb = Pattern.compile(".*(?:" + words.sharedVerbMarkers + ")(?:" + words.comparatorAlternation() + ").*");
    this.trend = Pattern.compile("(?:实现)?(?:" + words.trendAdverbs + ")?(?:" + words.changeVerbs + ")$");
    this.itemLead = Pattern.compile("^" + words.itemComparators + "?[" + words.itemConjunctionLetters + "、]?");
    this.listTail = Pattern.compile("[、" + words.listConjunctionLetters + "].*$");
    this.paragraphFrame = Pattern.compile(
        "^\\s*(?:[（(]?[一二三四五六七八九十\\d]+[)）.、．]\\s*)?(?:[^。：:]{0,15}[。：:])?\\s*" + words.toWords + "\\s*(\\d{4})\\s*年");
    this.frameYear = Pattern.compile(
        words.yearReachedLeads + "\\s*(\\d{4})\\s*年|(\\d{4})\\s*年" + words.yearEnd + "?" + words.deadline);
    this.startYearPattern = Pattern.compile(
        words.sinceLeads + "?\\s*(\\d{4})\\s*年" + words.sinceWords + "\\s*(?:[，,]?\\s*" + words.meansWords
            + "?\\s*([一二三四五六七八九十两\\d]{1,2})\\s*年" + words.yearSpanEnds + ")?");
    this.nextItem = Pattern.compile("[" + words.itemConjunctionLetters + "、][0-9一二三四五六七八九十两百千万]");
  }

  /**
   * Targets in {@code [start, end)} of the locator's text.
   *
   * @param frame what frames the text: the plan's years, the lead-in line above it and its part's role
   * @param log where each number's decision goes (for {@code --explain}), or null
   */
  public List<Target> find(TargetLocator where, int start, int end, Frame frame, List<Decision> log) {
    String text = where.text();
    List<Target> out = new ArrayList<>();
    int s = start;
    while (s < end) {
      int e = nextEnd(SENTENCE_END, text, s, end);
      if (e > s) {
        sentence(where, text.substring(s, e), s, text, start, frame, log, out);
      }
      s = e;
    }
    return out;
  }

  /** What frames a piece of text: the plan's years, a lead-in line ending in a colon above it, its part's role. */
  /**
   * @param rowLabel the label of the table row a cell's text belongs to ({@code 2.学前教育毛入园率}), naming what
   *     its numbers measure when the cell itself does not ({@code 力争2023年达到80%}); empty outside tables
   */
  public record Frame(YearContext years, String leadIn, PartRole role, String rowLabel) {
    public Frame(YearContext years, String leadIn, PartRole role) {
      this(years, leadIn, role, "");
    }

    public static Frame of(YearContext years) {
      return new Frame(years, "", PartRole.OTHER);
    }
  }

  /**
   * The targets of one sentence at {@code offset} of {@code text}; its context (the lead-in and the text from
   * {@code paragraphStart} to the sentence) is only built once the sentence has an amount.
   */
  private void sentence(TargetLocator where, String sentence, int offset, String text, int paragraphStart,
      Frame frame, List<Decision> log, List<Target> out) {
    List<Quantity> qs = parser.parse(sentence);
    String context = null;
    TargetKind previousKind = null;
    String previousIndicator = "";
    int consumed = 0; // where the noun after the previous target ends (建设50所学校和150个专业: 学校 is taken)
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (q.kind() != QuantityKind.AMOUNT) {
        continue;
      }
      if (context == null) {
        context = (frame.leadIn().isEmpty() ? "" : frame.leadIn() + "\n") + text.substring(paragraphStart, offset);
      }
      String unit = q.unit();
      int rawEnd = q.end();
      String afterNumber = sentence.substring(q.end());
      Matcher timeUnit = this.timeUnit.matcher(afterNumber);
      if (unit == null) { // 10（个）: a measure word in brackets, only asked of a number without one
        Matcher bracketUnit = BRACKET_UNIT.matcher(afterNumber);
        if (bracketUnit.find() && parser.parse("1" + bracketUnit.group(1)).stream()
            .anyMatch(x -> x.kind() == QuantityKind.AMOUNT && x.unit() != null && x.value() == 1)) {
          unit = bracketUnit.group(1);
          rawEnd = q.end() + bracketUnit.end();
        }
      }
      int clauseStart = lastBreak(CLAUSE_BREAK, sentence, q.start());
      Candidate c = new Candidate(sentence, qs, i, unit, rawEnd, clauseStart, context, frame.role(),
          frame.years().annual());
      TargetRules.Judgement judged = rules.judge(c);
      Matcher suffix = this.suffix.matcher(sentence.substring(rawEnd));
      boolean timed = timeUnit.lookingAt();
      Relation listBound = null;
      Matcher listed = "个".equals(unit) && !timed ? listedTimeUnit.matcher(afterNumber) : null;
      if (listed != null && listed.lookingAt()) {
        unit = "个" + listed.group(1); // 分别压缩至15个、7个工作日以内: the list shares its measure word
        Matcher listSuffix = this.suffix.matcher(sentence.substring(q.end() + listed.end()));
        if (listSuffix.find()) { // … and its bound
          listBound = words.comparator("", listSuffix.group(), q.fuzz());
        }
      } else if ("个".equals(unit) && timed) {
        unit = "个" + timeUnit.group(1); // e.g. 缩短至6.5个工作日以内
        rawEnd = q.end() + timeUnit.end();
        suffix = this.suffix.matcher(sentence.substring(rawEnd));
      }
      int suffixEnd = suffix.find() ? rawEnd + suffix.end() : rawEnd;
      if (log != null) {
        log.add(new Decision(sentence.substring(q.start(), suffixEnd), new Span(offset + q.start(), offset + suffixEnd),
            judged.kept(), judged.rule(), frame.role()));
      }
      if (!judged.kept()) {
        continue;
      }
      String after = sentence.substring(rawEnd);
      int itemStart = Math.max(Math.max(lastBreak(ITEM_BREAK, sentence, q.start()), previousAmountEnd(qs, i, clauseStart)),
          Math.max(consumed <= q.start() ? consumed : 0, openBracket(sentence, q.start())));
      String before = itemLead.matcher(sentence.substring(itemStart, q.start())).replaceFirst("");
      Relation comparator = words.comparator(before, after, q.fuzz());
      if (comparator == Relation.EQUAL && listBound != null) {
        comparator = listBound;
      }
      if (comparator == Relation.EQUAL && plainRange(q)) {
        comparator = Relation.AT_LEAST; // 建成1至2个: at least the low end is promised
      }
      if (comparator == Relation.EQUAL && itemStart > clauseStart) {
        comparator = words.comparator(listTail.matcher(sentence.substring(clauseStart, q.start())).replaceAll(""), "",
            q.fuzz()) == Relation.AT_LEAST && sharedVerb(sentence.substring(clauseStart, itemStart))
            ? Relation.AT_LEAST : Relation.EQUAL; // 分别达到65%和55%: the verb governs the whole list
      }
      String verbs = withoutEarlierAmounts(sentence.substring(clauseStart, q.start()), qs, i, clauseStart);
      boolean inherit = !words.hasKindWord(verbs) && previousKind != null && !"%".equals(unit)
          && previousKind != TargetKind.GROWTH && previousKind != TargetKind.SHARE; // rates do not pass to amounts
      TargetKind kind = inherit ? previousKind : words.kind(verbs, unit);
      previousKind = kind;
      Integer year = kind == TargetKind.ANNUAL ? null : yearOf(qs, i, sentence, context, frame.years());
      String indicator = "%".equals(unit) && sentence.startsWith("的", suffixEnd)
          ? shareOf(before, sentence.substring(suffixEnd + 1))
          : indicator(before, withoutEarlierAmounts(sentence.substring(clauseStart, itemStart), qs, i, clauseStart),
              sentence.substring(suffixEnd));
      String scope = null;
      Matcher each = words.distributive.matcher(indicator);
      if (each.matches()) { // 各镇至少建成1个服务站, 每个街道至少有2名专职人员: the thing counted follows
        String noun = indicator("", "", sentence.substring(suffixEnd));
        if (!noun.isEmpty()) {
          scope = each.group(1) != null ? indicator : null;
          indicator = each.group(1) != null ? noun : noun + "（" + indicator + "）";
        }
      }
      if (indicator.isEmpty()) {
        indicator = previousIndicator; // 审批时限压缩到10个工作日，三年内压缩到6个工作日: the subject is not repeated
      }
      if (indicator.isEmpty() && !frame.rowLabel().isEmpty()) {
        indicator = frame.rowLabel(); // a table cell 力争2023年达到80% measures what its row names
        if (!inherit) {
          kind = words.kind(frame.rowLabel() + verbs, unit);
          previousKind = kind;
        }
      }
      if (indicator.isEmpty()) {
        indicator = trimmer.trim(clean(before)); // nothing names the thing: the verb at least says what is done
      }
      previousIndicator = indicator;
      String nounAfter = sentence.substring(suffixEnd, suffixEnd + nounEnd(sentence.substring(suffixEnd)));
      if (!indicator.isEmpty() && CharClass.withoutRegexSpace(nounAfter).contains(indicator)) {
        consumed = suffixEnd + nounAfter.length();
      }
      int rawStart = q.start();
      String verb = words.comparatorWordBefore(before);
      if (verb != null) {
        rawStart = q.start() - (before.length() - before.stripTrailing().length()) - verb.length();
      }
      Span span = new Span(offset + rawStart, offset + suffixEnd);
      Printed printed = PrintedForm.of(q);
      if (printed.unit() == null && unit != null) {
        printed = new Printed(printed.value(), unit); // 10（个）: the measure word in brackets
      }
      out.add(new Target(indicator, q.value(), unit, comparator, year, scope, kind, q.low(), q.high(),
          sentence.substring(rawStart, suffixEnd), where.taskAt(span.start()), span, where.pageAt(span.start()),
          printed));
    }
  }

  /** The end of the previous amount in the clause (a list 300家和20家 splits there), or 0. */
  private static int previousAmountEnd(List<Quantity> qs, int i, int clauseStart) {
    for (int j = i - 1; j >= 0; j--) {
      Quantity p = qs.get(j);
      if (p.start() < clauseStart) {
        return 0;
      }
      if (p.kind() == QuantityKind.AMOUNT && !p.isDuration()) {
        return p.end();
      }
    }
    return 0;
  }

  /** A clause {@code …分别达到} / {@code …均达到}: its comparator verb is shared by every item of its list. */
  private boolean sharedVerb(String clauseHead) {
    return sharedVerb.matcher(clauseHead).matches();
  }

  /** {@code 1至2个}, {@code 1-5个}: a range whose value is its low end (not a 低线/高线 bracket). */
  private static boolean plainRange(Quantity q) {
    return q.low() != null && q.low() == q.value();
  }

  /**
   * The clause with earlier amounts and the verb right before each removed, so the verb of a threshold
   * ({@code 年营业收入超过3亿元的企业}) does not decide the kind of the target after it.
   */
  private String withoutEarlierAmounts(String clause, List<Quantity> qs, int i, int clauseStart) {
    String s = clause;
    for (int j = i - 1; j >= 0 && qs.get(j).start() >= clauseStart; j--) {
      s = eraser.erase(s, qs.get(j).raw());
    }
    return s;
  }

  /**
   * The year a number is due (spec §5): the nearest year stated before it in its sentence, unless that year
   * is a comparison ({@code 比2015年下降}) or a start ({@code 自2019年起}; with a period, {@code 2019年起3年内}
   * is due in 2021); else the last due year framing its paragraph or lead-in ({@code 到2020年，…。…达到70%});
   * else the plan's default.
   */
  private Integer yearOf(List<Quantity> qs, int i, String sentence, String context, YearContext years) {
    int clauseStart = lastBreak(CLAUSE_BREAK, sentence, qs.get(i).start());
    if (words.relativePeriod.matcher(sentence.substring(clauseStart, qs.get(i).start())).find()) {
      return null; // 三年内压缩到6个工作日: a period without a printed start
    }
    Integer relative = relativeYear(qs, i, sentence, years);
    if (relative != null) {
      return relative;
    }
    for (int j = i - 1; j >= 0; j--) {
      Quantity d = qs.get(j);
      if (d.kind() == QuantityKind.DATE && "年".equals(d.unit()) && d.low() == null
          && d.value() >= 1949 && d.value() <= 2100) {
        String lead = sentence.substring(Math.max(0, d.start() - 2), d.start());
        if (words.comparisonMarkerWords.stream().anyMatch(lead::endsWith)) {
          continue; // a year of comparison is not the due year
        }
        Matcher startYear = startYearPattern.matcher(sentence);
        startYear.region(Math.max(0, d.start() - 2), sentence.length());
        if (startYear.lookingAt() && startYear.group(1) != null && Integer.parseInt(startYear.group(1)) == (int) d.value()) {
          if (startYear.group(2) == null) {
            return null; // a start, not a due date
          }
          return (int) d.value() + (int) ChineseNumber.parse(startYear.group(2)).orElse(1) - 1;
        }
        return (int) d.value();
      }
    }
    Integer framed = null;
    for (String part : context.split("\n")) {
      Matcher frame = part.endsWith("：") || part.endsWith(":") ? frameYear.matcher(part) : paragraphFrame.matcher(part);
      while (frame.find()) {
        framed = Integer.parseInt(frame.group(1) != null ? frame.group(1)
            : frame.groupCount() > 1 ? frame.group(2) : frame.group(1));
      }
    }
    if (framed != null && framed >= 1949 && framed <= 2100) {
      return framed;
    }
    return years.defaultYear(sentence);
  }


  /**
   * The year of a relative year word before the number in its sentence ({@code 明年上半年…压缩到8.5个工作日},
   * {@code 今年…达到}), counted from the year the document was signed; null when there is none, when a printed
   * year stands between it and the number, or when the signing date is unknown.
   */
  private Integer relativeYear(List<Quantity> qs, int i, String sentence, YearContext years) {
    Matcher m = words.relativeYear.matcher(sentence);
    m.region(0, qs.get(i).start());
    String word = null;
    int at = -1;
    while (m.find()) {
      word = m.group();
      at = m.end();
    }
    if (word == null || years.annual() && words.relativeYears.get(word) == 0) {
      return null; // in a one-year plan 今年 is the plan's year
    }
    for (int j = i - 1; j >= 0; j--) {
      Quantity d = qs.get(j);
      if (d.start() >= at && d.kind() == QuantityKind.DATE && "年".equals(d.unit())) {
        return null;
      }
    }
    return years.signedYearPlus(words.relativeYears.get(word));
  }

  /**
   * The phrase before the number in its list item, trimmed to what is measured; when that is only verbs,
   * the noun after the number ({@code 建成运营8家省级重点实验室}); when the item has nothing before the number,
   * the clause before the item ({@code 农村居民收入实现稳步增长、达到3万元以上}).
   */
  private String indicator(String before, String clauseBeforeItem, String after) {
    String s = trimmer.trim(clean(before));
    if (s.length() < 2 || words.onlyGoalWords(s)) { // 在10个左右领域, 建设50所学校: a preposition or verb names nothing
      s = "";
    }
    if (s.isEmpty()) {
      String noun = CharClass.withoutRegexSpace(after.substring(0, nounEnd(after)));
      s = trimmer.trim(clean(words.workNounsEnd.matcher(noun).replaceAll("")));
    }
    if (s.isEmpty()) {
      s = trimmer.trim(trend.matcher(clean(clauseBeforeItem)).replaceFirst(""));
    }
    return s;
  }

  /**
   * The indicator of a share {@code N%的X} (spec §5 {@code …%的X}): what is done to X with X itself, the part of
   * X the number counts ({@code 推动二级医院预留30%的号源} → {@code 二级医院预留号源}, {@code 60%的乡镇建成…} →
   * {@code 乡镇建成…}).
   */
  private String shareOf(String before, String after) {
    String head = trimmer.trim(clean(before));
    String noun = BRACKETED.matcher(CharClass.withoutRegexSpace(after.substring(0, nounEnd(after)))).replaceAll("");
    return head.length() < 2 ? noun : head + noun;
  }

  private String clean(String phrase) {
    String s = CharClass.withoutRegexSpace(phrase);
    s = leadingFiller.matcher(s).replaceFirst("");
    s = comparison.matcher(s).replaceFirst("");
    s = trailingVerb.matcher(s).replaceFirst("");
    if (hasQuote(s)) { // EDGE_QUOTES matches only quotes
      s = EDGE_QUOTES.matcher(s).replaceAll("");
    }
    return leadingFiller.matcher(s.startsWith("的") ? s.substring(1) : s).replaceFirst(""); // ^的 removed
  }

  /** Whether the text holds one of the quotes {@code EDGE_QUOTES} removes. */
  static boolean hasQuote(String s) {
    return s.indexOf('“') >= 0 || s.indexOf('”') >= 0 || s.indexOf('"') >= 0;
  }

  /** Where the noun after a number ends: at the next item break or the conjunction before the next figure. */
  private int nounEnd(String after) {
    Matcher m = nextItem.matcher(after);
    return Math.min(nextBreak(ITEM_BREAK, after), m.find() ? m.start() : after.length());
  }

  /** Just after the last bracket opened and not closed before {@code at} (床位（其中康复床位不少于20%）), or 0. */
  private static int openBracket(String s, int at) {
    int depth = 0;
    for (int k = at - 1; k >= 0; k--) {
      char ch = s.charAt(k);
      if (ch == '）' || ch == ')') {
        depth++;
      } else if (ch == '（' || ch == '(') {
        if (depth == 0) {
          return k + 1;
        }
        depth--;
      }
    }
    return 0;
  }

  /** Just after the first of {@code marks} in {@code [from, end)} of {@code s}, or {@code end}. */
  static int nextEnd(String marks, String s, int from, int end) {
    for (int k = from; k < end; k++) {
      if (marks.indexOf(s.charAt(k)) >= 0) {
        return k + 1;
      }
    }
    return end;
  }

  /** Just after the last of {@code marks} before {@code before}, or 0. */
  static int lastBreak(String marks, String s, int before) {
    for (int k = before - 1; k >= 0; k--) {
      if (marks.indexOf(s.charAt(k)) >= 0) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The first of {@code marks} in {@code s}, or its length. */
  static int nextBreak(String marks, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (marks.indexOf(s.charAt(k)) >= 0) {
        return k;
      }
    }
    return s.length();
  }
}
