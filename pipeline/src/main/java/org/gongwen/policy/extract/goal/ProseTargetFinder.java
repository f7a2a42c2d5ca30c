package org.gongwen.policy.extract.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.quantity.Fuzz;
import org.gongwen.policy.extract.quantity.PrintedForm;
import org.gongwen.policy.extract.quantity.Quantity;
import org.gongwen.policy.extract.quantity.QuantityKind;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.model.Printed;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.TargetKind;

/**
 * Targets stated in running text (spec §5): each amount in a sentence that is a goal, with the year of
 * its sentence ({@code 到2024年，…}, stated once, covers the whole sentence), its comparator and kind
 * ({@link TargetWords}) and its indicator (the phrase between the previous separator and the number).
 *
 * <p>Not targets (each a pattern, with an example from real notices): durations ({@code 三年努力},
 * {@code 3-5年内}); facts of a described project or the present ({@code 总投资20亿元}, {@code 总用地面积},
 * {@code 目前拥有}); subsidies and caps ({@code 最高补助100万元}); thresholds inside an indicator
 * ({@code 年产值突破5亿元的企业}, {@code 投资超亿元项目3个}); conditions of a benefit
 * ({@code 对…首次突破10亿元、50亿元的企业，分别给予…}); per-capita denominators ({@code 每万人});
 * bare numbers without a measure word ({@code 510计划}); dates, ordinals and names, which the
 * {@link QuantityParser} already marks.
 */
public final class ProseTargetFinder {

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]");
  private static final Pattern FACT = Pattern.compile(
      "总投资|计划总投资|总用地|用地面积|建筑面积|占地|目前|现有|已有|已建成|已经|已累计|原有|总规模为|注册资本");
  private static final Pattern SUBSIDY = Pattern.compile("最高|补助|补贴|奖励|资助|给予|扶持资金|贴息");
  /** A count of time units after a measure word: {@code 3个工作日内}, {@code 2个自然日} (a time limit). */
  private static final Pattern TIME_UNIT_AFTER = Pattern.compile("^\\s*(?:工作日|自然日|交易日|课时|学时)");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:。]");
  private static final Pattern ITEM_BREAK = Pattern.compile("[、，,；;：:。]");
  private static final Pattern SUFFIX = Pattern.compile("^\\s*(?:及以上|以上|以下|以内|之内|左右|上下)");
  private static final Pattern LEADING_FILLER = Pattern.compile(
      "^(?:(?:到|至|在|于)?\\d{4}年(?:底|末|前)?|全年|今年|年内|力争|争取|努力|实现|全区|全市|全省|累计|其中|并|和|及|共|再|进一步|推动|推进|确保|"
          + "通过|三年|期间|“一区一廊”范围内|范围内)+");
  private static final Pattern TRAILING_VERB = Pattern.compile(
      "(?:力争达到|达到|达|突破|超过|超|破|不少于|不低于|至少|为|至|控制在|约|近|共计|累计|分别)+$");

  /** {@code 一个/一次/一轮…} before a noun is the indefinite article of 公文 prose (打造一个…平台), not a count. */
  private static final Pattern ARTICLE = Pattern.compile("^一\\s*[个次轮项种批位条份场些]$");
  private static final Pattern QUOTED = Pattern.compile("“[^“”]{0,6}$");

  private final QuantityParser parser;

  public ProseTargetFinder(QuantityParser parser) {
    this.parser = parser;
  }

  /** Targets in {@code [start, end)} of the locator's text. */
  public List<Target> find(TargetLocator where, int start, int end, YearContext years, IndicatorTrimmer trimmer) {
    String text = where.text();
    List<Target> out = new ArrayList<>();
    int s = start;
    Matcher m = SENTENCE_END.matcher(text);
    m.region(start, end);
    while (s < end) {
      int e = m.find() ? m.end() : end;
      if (e > s) {
        sentence(where, text.substring(s, e), s, years, trimmer, out);
      }
      s = e;
    }
    return out;
  }

  private void sentence(TargetLocator where, String sentence, int offset, YearContext years,
      IndicatorTrimmer trimmer, List<Target> out) {
    List<Quantity> qs = parser.parse(sentence);
    TargetKind previousKind = null;
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (q.kind() != QuantityKind.AMOUNT || q.isDuration() || ARTICLE.matcher(q.raw()).matches()
          || slogan(sentence, q)) {
        continue;
      }
      String unit = q.unit();
      int rawEnd = q.end();
      if (unit == null) {
        Matcher bracketUnit = Pattern.compile("^\\s*[（(]([^（()）]{1,4})[)）]").matcher(sentence.substring(q.end()));
        if (bracketUnit.find() && parser.parse("1" + bracketUnit.group(1)).stream()
            .anyMatch(x -> x.kind() == QuantityKind.AMOUNT && x.unit() != null && x.value() == 1)) {
          unit = bracketUnit.group(1);
          rawEnd = q.end() + bracketUnit.end();
        } else if (q.fuzz() == Fuzz.NONE && !bigRound(q.raw())) {
          continue;
        }
      }
      int clauseStart = lastBreak(CLAUSE_BREAK, sentence, q.start());
      String clause = sentence.substring(clauseStart, q.start());
      String governing = sentence.substring(Math.max(clauseStart, previousAmountEnd(qs, i)), q.start());
      String after = sentence.substring(rawEnd);
      if (FACT.matcher(governing).find() || SUBSIDY.matcher(clause).find() || perCapita(sentence, q.start())
          || TIME_UNIT_AFTER.matcher(after).find() || subsidyAfter(after)
          || eligibility(sentence, clauseStart, q.start())) {
        continue;
      }
      Matcher suffix = SUFFIX.matcher(after);
      int suffixEnd = suffix.find() ? rawEnd + suffix.end() : rawEnd;
      if (threshold(sentence, suffixEnd, unit, qs, i)) {
        continue;
      }
      int itemStart = lastBreak(ITEM_BREAK, sentence, q.start());
      String before = sentence.substring(itemStart, q.start());
      Relation comparator = TargetWords.comparator(before, after, q.fuzz());
      if (comparator == Relation.EQUAL && plainRange(q)) {
        comparator = Relation.AT_LEAST; // 建成1至2个: at least the low end is promised
      }
      String verbs = withoutEarlierAmounts(clause, qs, i, clauseStart);
      boolean inherit = !TargetWords.hasKindWord(verbs) && previousKind != null && !"%".equals(unit)
          && previousKind != TargetKind.GROWTH && previousKind != TargetKind.SHARE; // rates do not pass to amounts
      TargetKind kind = inherit ? previousKind : TargetWords.kind(verbs, unit);
      previousKind = kind;
      Integer year = kind == TargetKind.ANNUAL ? null : yearOf(qs, i, sentence, years);
      String indicator = indicator(before, sentence.substring(clauseStart, itemStart), sentence.substring(suffixEnd), trimmer);
      int rawStart = q.start();
      Matcher verb = Pattern.compile("(?:力争达到|达到|突破|超过|不少于|不低于|至少|控制在|不超过)\\s*$").matcher(before);
      if (verb.find()) {
        rawStart = itemStart + verb.start();
      }
      Span span = new Span(offset + rawStart, offset + suffixEnd);
      Printed printed = PrintedForm.of(q);
      if (printed.unit() == null && unit != null) {
        printed = new Printed(printed.value(), unit); // 10（个）: the measure word in brackets
      }
      out.add(new Target(indicator, q.value(), unit, comparator, year, null, kind, q.low(), q.high(),
          sentence.substring(rawStart, suffixEnd), where.taskAt(span.start()), span, where.pageAt(span.start()),
          printed));
    }
  }

  /**
   * A condition for a benefit: the number sits in a clause {@code 对…的…} and a benefit word follows in
   * the sentence: {@code 对年度营业收入首次突破10亿元、50亿元的集成电路企业，分别给予100万元奖励}.
   */
  private static boolean eligibility(String sentence, int clauseStart, int at) {
    String head = sentence.substring(clauseStart).replaceFirst("^[，,；;：:。\\s]+", "");
    if (!head.startsWith("对") && !head.startsWith("凡")) {
      return false;
    }
    int clauseEnd = at + nextBreak(CLAUSE_BREAK, sentence.substring(at));
    int of = sentence.indexOf('的', at);
    return of >= 0 && of < clauseEnd && SUBSIDY.matcher(sentence.substring(clauseEnd)).find();
  }

  /** {@code 1至2个}, {@code 1-5个}: a range whose value is its low end (not a 低线/高线 bracket). */
  private static boolean plainRange(Quantity q) {
    return q.low() != null && q.low() == q.value();
  }

  /**
   * A rate or amount that a benefit is computed from, the benefit word following it in its clause:
   * {@code 按其增量部分的10%给予奖励}.
   */
  private static boolean subsidyAfter(String after) {
    String clause = after.substring(0, nextBreak(CLAUSE_BREAK, after));
    return clause.matches("\\s*(?:以上|以下|以内)?的?\\s*(?:给予|予以).*");
  }

  /** A number inside a short quoted name: {@code “万亩千亿”}, {@code “510”}. */
  private static boolean slogan(String sentence, Quantity q) {
    return QUOTED.matcher(sentence.substring(0, q.start())).find()
        && sentence.indexOf('”', q.end()) >= 0 && sentence.indexOf('”', q.end()) - q.end() <= 6;
  }

  private static int previousAmountEnd(List<Quantity> qs, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (qs.get(j).kind() == QuantityKind.AMOUNT) {
        return qs.get(j).end();
      }
    }
    return 0;
  }

  /**
   * The clause with earlier amounts and the verb right before each removed, so the verb of a threshold
   * ({@code 新增年产值突破5亿元的企业}) does not decide the kind of the target after it.
   */
  private static String withoutEarlierAmounts(String clause, List<Quantity> qs, int i, int clauseStart) {
    String s = clause;
    for (int j = i - 1; j >= 0 && qs.get(j).start() >= clauseStart; j--) {
      s = s.replaceAll("(?:力争达到|达到|达|突破|超过|超|破|不少于|不低于|至少)?\\s*" + Pattern.quote(qs.get(j).raw()), " ");
    }
    return s;
  }

  /** 千亿, 十亿, 上百万: a round magnitude that names its own scale, a target even without a measure word. */
  private static boolean bigRound(String raw) {
    return raw.matches(".*[万亿]\\s*$");
  }

  private static boolean perCapita(String sentence, int start) {
    int k = start - 1;
    while (k >= 0 && Character.isWhitespace(sentence.charAt(k))) {
      k--;
    }
    return k >= 0 && sentence.charAt(k) == '每';
  }

  /**
   * A number that qualifies the thing counted ({@code 年产值突破5亿元的企业10家}, {@code 投资超亿元项目3个},
   * {@code 亿元以上创新型项目60个}): followed by 的, or an amount of money followed by a noun and another
   * amount in the same clause.
   */
  private static boolean threshold(String sentence, int end, String unit, List<Quantity> qs, int i) {
    String rest = sentence.substring(end).stripLeading();
    if (rest.startsWith("的")) {
      return true;
    }
    if (!"元".equals(unit) || rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
      return false;
    }
    int clauseEnd = end + nextBreak(CLAUSE_BREAK, sentence.substring(end));
    for (int j = i + 1; j < qs.size(); j++) {
      Quantity next = qs.get(j);
      if (next.start() >= clauseEnd) {
        break;
      }
      if (next.kind() == QuantityKind.AMOUNT && next.unit() != null) {
        return true;
      }
    }
    return false;
  }

  /** The nearest year stated before the number in its sentence, else the plan's default. */
  private static Integer yearOf(List<Quantity> qs, int i, String sentence, YearContext years) {
    for (int j = i - 1; j >= 0; j--) {
      Quantity d = qs.get(j);
      if (d.kind() == QuantityKind.DATE && "年".equals(d.unit()) && d.low() == null
          && d.value() >= 1949 && d.value() <= 2100) {
        return (int) d.value();
      }
    }
    return years.defaultYear(sentence);
  }

  /**
   * The phrase before the number in its list item, trimmed to what is measured; when that is only verbs,
   * the noun after the number ({@code 建成拥有10家高能级创新平台}); when the item has nothing before the number,
   * the clause before the item ({@code 人才资源总量实现逐年增长、达到28万人以上}).
   */
  private static String indicator(String before, String clauseBeforeItem, String after, IndicatorTrimmer trimmer) {
    String s = trimmer.trim(clean(before));
    if (s.isEmpty()) {
      String noun = after.substring(0, nextBreak(ITEM_BREAK, after)).replaceAll("\\s+", "");
      s = trimmer.trim(noun.replaceAll("(?:等)?(?:建设|整治提升任务|任务)$", ""));
    }
    if (s.isEmpty()) {
      s = trimmer.trim(clean(clauseBeforeItem).replaceAll("(?:实现)?(?:逐年|稳步|持续)?(?:增长|提升)$", ""));
    }
    return s;
  }

  private static String clean(String phrase) {
    String s = phrase.replaceAll("\\s+", "");
    s = LEADING_FILLER.matcher(s).replaceFirst("");
    return TRAILING_VERB.matcher(s).replaceFirst("");
  }

  private static int lastBreak(Pattern p, String s, int before) {
    int at = 0;
    Matcher m = p.matcher(s);
    m.region(0, before);
    while (m.find()) {
      at = m.end();
    }
    return at;
  }

  private static int nextBreak(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.start() : s.length();
  }
}
