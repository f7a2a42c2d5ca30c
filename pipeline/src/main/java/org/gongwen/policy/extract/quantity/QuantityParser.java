package org.gongwen.policy.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.text.CharClass;

/**
 * Finds every quantity expression in a text (spec §5 {@code value}, {@code unit}, {@code low}/{@code high}),
 * in text order, with UTF-16 offsets into the given string.
 *
 * <p>A quantity is a numeral ({@link ChineseNumber}) with optional fuzz words that belong to it and an
 * optional measure word ({@link MeasureWords}): {@code 140家}, {@code 120万平方米}, {@code 7.5万人},
 * {@code 75 人}, {@code 上百万方}, {@code 超万人}, {@code 1000余亩}, {@code 百分之十五}, {@code 1至2名},
 * {@code 120万（低线80万，高线150万）平方米}. Dates, the {@code 288(38)} bracket and names made of numbers
 * are returned with a {@link QuantityKind} other than {@code AMOUNT}, so callers can drop them.
 *
 * <p>Never returned: digits in ASCII identifiers ({@code G60}, {@code 5G}, {@code C-3-1}) and document
 * numbers ({@code 〔2022〕68号}) — see {@link NonQuantitySpans}; ordinals ({@code 第6次}, {@code 第十三次},
 * {@code 第二批}); list counts ({@code 三大会战}, {@code 六大攻坚行动}, {@code 5大}); Chinese numerals inside
 * words ({@code 一些}, {@code 一批}, {@code 统一}, {@code 一体化}, {@code 一流}, {@code 十分}, {@code 万一},
 * {@code 千万} with no unit, a lone {@code 零} ({@code 零部件}), a round number naming a class
 * ({@code 百亿企业}), {@code 一区一廊}, {@code 一是}, {@code 十三五}, {@code 十百千万亿}). A Chinese numeral
 * is a quantity only with a measure word ({@code 五家}, {@code 两个}, {@code 一所}), or as a large round
 * number ending in 亿 or 万 ({@code 千亿}, {@code 十亿}, {@code 一千二百万}), or with a fuzz prefix.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityParser {

  /** A numeral ending in 亿 (億): a large round number. */
  private static final Pattern LARGE_END = Pattern.compile("[亿億]\\z");
  private static final String RANGE_SEPARATORS = "至到-—–－~～";
  private final MeasureWords units;
  /** Letters of lexicon lists, asked one letter at a time (lexicon quantity/…). */
  private final String aboutPrefixes;
  private final String atLeastPrefixes;
  /** Characters before a Chinese 一 that make it part of a word: 统一, 唯一, 之一, 进一步 … */
  private final String wordBeforeYi;
  /** Characters before any Chinese numeral that make it a weekday or day name: 星期一, 周三, 初五. */
  private final String wordBeforeNumeral;
  /** Units that never follow a Chinese numeral as a quantity: 一度 (once), 一日结, 一期/二期 (phases). */
  private final String chineseExcludedUnits;
  private final String labelSuffixes;
  /** A noun right after a bare round number that makes it a class name: {@code 百亿企业}, {@code 千亿级产业}. */
  private final Pattern classNoun;
  private final Pattern lowHighPattern;
  /** The units extending a year into a date, in order: 月, 日. */
  private final List<String> dateUnits;
  /**
   * Bit c is set when a quantity may start at char c (a digit, a Chinese numeral, a fuzz prefix or the 大
   * of 大约): {@link #readAt} gives nothing at any other char, so the scan skips them without asking.
   */
  private final long[] mayStart = new long[1 << 10];

  /** A parser using the shipped lexicon (loaded once, here). */
  public QuantityParser() {
    this(Lexicon.standard());
  }

  /** A parser over the lexicon's measure words and quantity/… lists. */
  public QuantityParser(Lexicon lexicon) {
    this(MeasureWords.of(lexicon), lexicon);
  }

  public QuantityParser(MeasureWords units, Lexicon lexicon) {
    this.units = units;
    this.aboutPrefixes = letters(lexicon, "quantity/about-prefixes");
    this.atLeastPrefixes = letters(lexicon, "quantity/at-least-prefixes");
    this.wordBeforeYi = letters(lexicon, "quantity/word-before-yi");
    this.wordBeforeNumeral = letters(lexicon, "quantity/word-before-numeral");
    this.chineseExcludedUnits = letters(lexicon, "quantity/chinese-excluded-units");
    this.labelSuffixes = letters(lexicon, "quantity/label-suffixes");
    this.classNoun = Pattern.compile("\\s*" + lexicon.alternation("quantity/class-nouns"));
    this.lowHighPattern = Pattern.compile(
        "\\s*[（(]\\s*" + lexicon.alternation("quantity/low-bound-words")
            + "\\s*([0-9０-９.．〇零一二三四五六七八九十百千万亿两\\s]+)[^，,；;、）)]*"
            + "[，,；;、]\\s*" + lexicon.alternation("quantity/high-bound-words")
            + "\\s*([0-9０-９.．〇零一二三四五六七八九十百千万亿两\\s]+)"
            + "[^，,；;、）)]*[）)]");
    this.dateUnits = lexicon.words("quantity/date-units");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (ChineseNumber.isArabicDigit(ch) || ChineseNumber.isChineseNumeral(ch) || ch == '百' || ch == '大'
          || aboutPrefixes.indexOf(ch) >= 0 || atLeastPrefixes.indexOf(ch) >= 0) {
        mayStart[c >>> 6] |= 1L << c;
      }
    }
  }

  /** A list of one-letter words as one string of its letters, in file order. */
  private static String letters(Lexicon lexicon, String list) {
    return String.join("", lexicon.words(list));
  }

  /** All quantity expressions in {@code text}, in text order, not overlapping. */
  public List<Quantity> parse(String text) {
    boolean[] excluded = NonQuantitySpans.of(text);
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int next = excluded[i] || (mayStart[c >>> 6] & (1L << c)) == 0 ? -1 : readAt(text, i, out);
      i = next > i ? next : i + 1;
    }
    return List.copyOf(out);
  }

  /** Reads the quantity (or quantities) starting at {@code i}; returns the end, or -1. */
  private int readAt(String t, int i, List<Quantity> out) {
    if (t.startsWith("百分之", i) && canStartNumeral(t, i)) {
      Optional<Piece> p = piece(t, i + 3, false, false);
      if (p.isPresent()) {
        Piece q = p.get();
        out.add(quantity(t, i, q.coreEnd(), q.value(), null, null, "%", q.fuzz(), QuantityKind.AMOUNT));
        return q.coreEnd();
      }
      return -1;
    }
    char c = t.charAt(i);
    boolean prefix = (aboutPrefixes.indexOf(c) >= 0 || atLeastPrefixes.indexOf(c) >= 0
        || t.startsWith("大约", i))
        && !(c == '上' && i > 0 && t.charAt(i - 1) == '以');
    if (!prefix && !canStartNumeral(t, i)) {
      return -1;
    }
    Optional<Piece> found = piece(t, i, prefix, true);
    if (found.isEmpty()) {
      return -1;
    }
    Piece p = found.get();
    if (!p.chineseOnly() && p.unit() == null && p.coreEnd() < t.length() && t.charAt(p.coreEnd()) == '大') {
      return p.coreEnd(); // 5大 … : a list count, skipped
    }
    int end = lowHigh(t, p, out);
    if (end > 0) {
      return end;
    }
    end = range(t, p, out);
    if (end > 0) {
      return end;
    }
    end = withPart(t, p, out);
    if (end > 0) {
      return end;
    }
    return single(t, p, out);
  }

  /** True if a numeral may start at {@code i}: not inside another number, an ordinal or a word. */
  private boolean canStartNumeral(String t, int i) {
    char c = t.charAt(i);
    char prev = i > 0 ? t.charAt(i - 1) : '\n';
    if (prev == '第') {
      return false;
    }
    if (i > 1 && RANGE_SEPARATORS.indexOf(prev) >= 0 && t.charAt(i - 2) != '第'
        && (ChineseNumber.isArabicDigit(t.charAt(i - 2)) || ChineseNumber.isChineseNumeral(t.charAt(i - 2)))
        && isSkippedOrdinal(t, i - 2)) {
      return false; // the 3 of 第1-3批
    }
    if (ChineseNumber.isArabicDigit(c)) {
      return !ChineseNumber.isArabicDigit(prev) && !isAsciiLetter(prev);
    }
    if (c == '百' && t.startsWith("百分之", i)) {
      return !ChineseNumber.isChineseNumeral(prev);
    }
    if (!ChineseNumber.isChineseNumeral(c) || ChineseNumber.isChineseNumeral(prev)) {
      return false;
    }
    if (wordBeforeNumeral.indexOf(prev) >= 0) {
      return false;
    }
    return !(c == '一' && wordBeforeYi.indexOf(prev) >= 0);
  }

  /** True if the numeral ending at {@code last} (inclusive) is preceded by 第. */
  private static boolean isSkippedOrdinal(String t, int last) {
    int k = last;
    while (k >= 0 && (ChineseNumber.isArabicDigit(t.charAt(k)) || ChineseNumber.isChineseNumeral(t.charAt(k)))) {
      k--;
    }
    return k >= 0 && t.charAt(k) == '第';
  }

  // ---------------------------------------------------------------- one number with its unit

  /**
   * A numeral with optional prefix, suffix fuzz and unit. {@code coreEnd} is the end of the numeral (and
   * 余/多); {@code end} includes the unit when there is one.
   */
  private record Piece(
      int start, int coreEnd, int end, String clean, double value, String unit, Fuzz fuzz,
      boolean chineseOnly, double factor, boolean yearLike) {

    Piece withEnd(int newEnd, String newUnit) {
      return new Piece(start, coreEnd, newEnd, clean, value, newUnit, fuzz, chineseOnly, factor, yearLike);
    }
  }

  /** A possible end of the numeral run, with the numeral text to parse. */
  private record Candidate(int end, String clean, boolean suffixFuzz, boolean duo) {}

  private Optional<Piece> piece(String t, int start, boolean allowPrefix, boolean withUnit) {
    int p = start;
    Fuzz prefixFuzz = Fuzz.NONE;
    if (allowPrefix) {
      if (t.startsWith("大约", p)) {
        prefixFuzz = Fuzz.ABOUT;
        p += 2;
      } else if (aboutPrefixes.indexOf(t.charAt(p)) >= 0) {
        prefixFuzz = Fuzz.ABOUT;
        p += 1;
      } else if (atLeastPrefixes.indexOf(t.charAt(p)) >= 0) {
        prefixFuzz = Fuzz.AT_LEAST;
        p += 1;
      }
      if (p >= t.length() || !(ChineseNumber.isArabicDigit(t.charAt(p))
          || ChineseNumber.isChineseNumeral(t.charAt(p)))) {
        return Optional.empty();
      }
    }
    List<Candidate> candidates = candidates(t, p);
    Piece best = null;
    for (int k = candidates.size() - 1; k >= 0; k--) {
      Candidate c = candidates.get(k);
      OptionalDouble v = ChineseNumber.parse(c.clean());
      if (v.isEmpty()) {
        continue;
      }
      Piece piece = build(t, start, p, c, v.getAsDouble(), prefixFuzz, withUnit);
      if (piece != null && accept(piece, c, prefixFuzz, t.charAt(p), withUnit)
          && (best == null || piece.end() >= best.end())) {
        best = piece;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Longest numeral read, in characters ({@code 一千二百三十四万五千六百七十八点九} has 17). A longer run
   * of digits or numerals (a 60,000-character line of 零 or 0 in a damaged file) is no quantity, and
   * reading every prefix of it at every position made a single file take minutes.
   */
  static final int MAX_NUMERAL_CHARS = 40;

  private static List<Candidate> candidates(String t, int start) {
    List<Candidate> out = new ArrayList<>();
    StringBuilder clean = new StringBuilder();
    boolean fuzz = false;
    boolean duo = false;
    boolean lastArabic = false;
    int p = start;
    while (p < t.length() && p - start < MAX_NUMERAL_CHARS) {
      char c = t.charAt(p);
      if (ChineseNumber.isArabicDigit(c) && !fuzz && !lastArabic) {
        int e = arabicEnd(t, p);
        if (e - start > MAX_NUMERAL_CHARS) {
          break;
        }
        clean.append(ChineseNumber.asciiNumber(t, p, e));
        p = e;
        lastArabic = true;
      } else if (ChineseNumber.isChineseDigit(c) && !fuzz) {
        clean.append(c);
        p++;
        lastArabic = false;
      } else if (ChineseNumber.multiplier(c) > 0) {
        clean.append(c);
        p++;
        lastArabic = false;
      } else if ((c == '余' || c == '多') && !fuzz && clean.length() > 0) {
        fuzz = true;
        duo = c == '多';
        p++;
      } else if (ChineseNumber.isSpace(c) && lastArabic) {
        int j = skipSpaces(t, p);
        if (j < t.length() && ChineseNumber.multiplier(t.charAt(j)) > 0) {
          p = j;
          continue;
        }
        break;
      } else {
        break;
      }
      out.add(new Candidate(p, clean.toString(), fuzz, duo));
    }
    return out;
  }

  /**
   * End of an Arabic number; a decimal whose fraction is a year followed by 年 is cut before the point,
   * so that “附件：1.2021年…” reads as list marker 1 and year 2021.
   */
  private static int arabicEnd(String t, int p) {
    int e = ChineseNumber.arabicEnd(t, p);
    if (e < 0) {
      e = p;
      while (e < t.length() && ChineseNumber.isArabicDigit(t.charAt(e))) {
        e++;
      }
    }
    int dot = p;
    while (dot < e && t.charAt(dot) != '.' && t.charAt(dot) != '．') {
      dot++;
    }
    if (dot < e && e - dot - 1 == 4) {
      int after = skipSpaces(t, e);
      double frac = ChineseNumber.arabicValue(t, dot + 1, e);
      if (after < t.length() && t.charAt(after) == '年' && frac >= 1900 && frac < 2100) {
        return dot;
      }
    }
    return e;
  }

  private Piece build(String t, int start, int numStart, Candidate c, double value, Fuzz prefixFuzz,
      boolean withUnit) {
    boolean chineseOnly = !hasAsciiDigit(c.clean());
    Fuzz fuzz = c.suffixFuzz() ? Fuzz.AT_LEAST : prefixFuzz;
    String unit = null;
    int end = c.end();
    if (withUnit) {
      int u = chineseOnly ? c.end() : skipSpaces(t, c.end());
      Optional<MeasureWords.Match> m = u < t.length() ? units.at(t, u) : Optional.empty();
      if (m.isPresent()) {
        unit = m.get().unit();
        end = m.get().end();
      }
    }
    return new Piece(start, c.end(), end, c.clean(), value, unit, fuzz, chineseOnly,
        factor(c.clean()), yearLike(c.clean(), chineseOnly));
  }

  private boolean accept(Piece p, Candidate c, Fuzz prefixFuzz, char first, boolean withUnit) {
    if (c.duo() && p.unit() == null) {
      return false;
    }
    boolean magnitudeStart = ChineseNumber.multiplier(first) > 0;
    if (prefixFuzz == Fuzz.AT_LEAST && !(p.chineseOnly() && magnitudeStart)) {
      return false; // 超过2000家: 超 is a comparator for the caller, not part of the number
    }
    if (!p.chineseOnly()) {
      return true;
    }
    String clean = p.clean();
    if (clean.length() == 1 && "〇○零".indexOf(clean.charAt(0)) >= 0) {
      return false; // 零部件, 零售, 零距离: a lone zero is never an amount
    }
    boolean hasMultiplier = hasMultiplier(clean);
    if (!hasMultiplier && clean.length() > 1) {
      return p.yearLike() && "年".equals(p.unit()); // 二〇二二年; never 一二三产
    }
    if (magnitudeStart && first != '十' && prefixFuzz == Fuzz.NONE
        && (clean.length() == 1 || first == '万' || first == '亿')) {
      return false; // 百姓, 千方百计, 每万人, 万一, 亿元以上
    }
    if (!withUnit) {
      return true; // the unit comes from the context: 百分之十五
    }
    if (p.unit() == null) {
      boolean hasDigit = hasChineseDigit(clean);
      return prefixFuzz != Fuzz.NONE || c.suffixFuzz() || LARGE_END.matcher(clean).find() || (clean.endsWith("万") && hasDigit);
    }
    if (chineseExcludedUnits.contains(p.unit()) || (clean + p.unit()).equals("一批")) {
      return false;
    }
    return !p.unit().equals("方") || p.value() >= 1e4; // 上百万方, not 三方
  }

  /** The multiplier of an Arabic number with a multiplier suffix (120万 → 1e4), else 1. */
  private static double factor(String clean) {
    int k = clean.length();
    while (k > 0 && ChineseNumber.multiplier(clean.charAt(k - 1)) > 0) {
      k--;
    }
    if (k == clean.length() || k == 0 || !Character.isDigit(clean.charAt(k - 1))) {
      return 1;
    }
    return ChineseNumber.parse(clean.substring(k)).orElse(1);
  }

  private static boolean yearLike(String clean, boolean chineseOnly) {
    if (clean.length() != 4) {
      return false;
    }
    if (chineseOnly) {
      return clean.length() == countChineseDigits(clean);
    }
    if (!allDigits(clean)) {
      return false;
    }
    int y = Integer.parseInt(clean);
    return y >= 1900 && y < 2100;
  }

  // ---------------------------------------------------------------- compound forms

  /** {@code 120万（低线80万，高线150万）平方米}: one quantity with low/high. */
  private int lowHigh(String t, Piece p, List<Quantity> out) {
    int from = p.unit() == null ? p.coreEnd() : p.end();
    if (!opensBracket(t, from)) {
      return -1; // the pattern starts with \\s*[（(]: no bracket, no match, no matcher
    }
    Matcher m = lowHighPattern.matcher(t);
    m.region(from, t.length());
    if (!m.lookingAt()) {
      return -1;
    }
    OptionalDouble low = ChineseNumber.parse(CharClass.withoutRegexSpace(m.group(1)));
    OptionalDouble high = ChineseNumber.parse(CharClass.withoutRegexSpace(m.group(2)));
    if (low.isEmpty() || high.isEmpty()) {
      return -1;
    }
    double scale = hasMultiplier(m.group(1)) ? 1 : p.factor();
    int end = m.end();
    String unit = p.unit();
    if (unit == null) {
      int u = end;
      while (u < t.length() && Character.isWhitespace(t.charAt(u))) {
        u++;
      }
      Optional<MeasureWords.Match> um = u < t.length() ? units.at(t, u) : Optional.empty();
      if (um.isPresent()) {
        unit = um.get().unit();
        end = um.get().end();
      }
    }
    out.add(quantity(t, p.start(), end, p.value(), low.getAsDouble() * scale,
        high.getAsDouble() * (hasMultiplier(m.group(2)) ? 1 : p.factor()), unit, Fuzz.RANGE,
        QuantityKind.AMOUNT));
    return end;
  }

  private static boolean hasMultiplier(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (ChineseNumber.multiplier(s.charAt(k)) > 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code 1至2名}, {@code 1-5个}, {@code 3-5年}, {@code 1-2万人}, {@code 2022—2024年}. */
  private int range(String t, Piece left, List<Quantity> out) {
    if (left.fuzz() != Fuzz.NONE) {
      return -1;
    }
    int q = skipSpaces(t, left.end());
    if (q >= t.length() || RANGE_SEPARATORS.indexOf(t.charAt(q)) < 0) {
      return -1;
    }
    int r = q + 1;
    if (r < t.length() && t.charAt(r) == t.charAt(q) && t.charAt(q) == '—') {
      r++; // ——
    }
    r = skipSpaces(t, r);
    if (r >= t.length() || !(ChineseNumber.isArabicDigit(t.charAt(r))
        || ChineseNumber.isChineseNumeral(t.charAt(r)))) {
      return -1;
    }
    Optional<Piece> found = piece(t, r, false, true);
    if (found.isEmpty()) {
      return -1;
    }
    Piece right = found.get();
    if (right.fuzz() != Fuzz.NONE || left.chineseOnly() != right.chineseOnly()
        || (left.unit() != null && !left.unit().equals(right.unit()))) {
      return -1;
    }
    boolean date = left.yearLike() && right.yearLike()
        && (left.unit() == null || left.unit().equals("年"))
        && (right.unit() == null || right.unit().equals("年"));
    if (!date && (isDateUnit(left) || isDateUnit(right))) {
      return -1;
    }
    double low = left.value();
    if (left.factor() == 1 && right.factor() > 1 && !hasMultiplier(left.clean())) {
      low *= right.factor(); // 1-2万人: both ends in 万
    }
    if (low > right.value()) {
      return -1;
    }
    String unit = date ? "年" : right.unit();
    out.add(quantity(t, left.start(), right.end(), low, low, right.value(), unit, Fuzz.RANGE,
        date ? QuantityKind.DATE : QuantityKind.AMOUNT));
    return right.end();
  }

  private static boolean isDateUnit(Piece p) {
    return p.yearLike() && "年".equals(p.unit());
  }

  /** {@code 288(38)}: the main figure and the bracketed “of which” figure as a {@link QuantityKind#PART}. */
  private int withPart(String t, Piece main, List<Quantity> out) {
    int b = main.end();
    if (main.chineseOnly() || main.fuzz() != Fuzz.NONE || b >= t.length()
        || (t.charAt(b) != '(' && t.charAt(b) != '（')
        || b + 1 >= t.length() || !ChineseNumber.isArabicDigit(t.charAt(b + 1))) {
      return -1;
    }
    Optional<Piece> found = piece(t, b + 1, false, true);
    if (found.isEmpty()) {
      return -1;
    }
    Piece inner = found.get();
    int close = inner.end();
    if (close >= t.length() || (t.charAt(close) != ')' && t.charAt(close) != '）')
        || inner.chineseOnly() || inner.fuzz() != Fuzz.NONE
        || (inner.unit() != null && main.unit() != null && !inner.unit().equals(main.unit()))) {
      return -1;
    }
    out.add(quantity(t, main.start(), main.end(), main.value(), null, null, main.unit(), Fuzz.NONE,
        QuantityKind.AMOUNT));
    String unit = inner.unit() != null ? inner.unit() : main.unit();
    out.add(quantity(t, inner.start(), inner.end(), inner.value(), null, null, unit, Fuzz.NONE,
        QuantityKind.PART));
    return close + 1;
  }

  /** A single piece: a date, a label or an amount. */
  private int single(String t, Piece p, List<Quantity> out) {
    if (p.yearLike() && "年".equals(p.unit())) {
      int end = dateEnd(t, p.end());
      out.add(quantity(t, p.start(), end, p.value(), null, null, "年", Fuzz.NONE, QuantityKind.DATE));
      return end;
    }
    if (isMonthOrDay(p)) {
      out.add(quantity(t, p.start(), p.end(), p.value(), null, null, p.unit(), Fuzz.NONE,
          QuantityKind.DATE));
      return p.end();
    }
    if (!p.chineseOnly() && p.unit() == null && p.fuzz() == Fuzz.NONE) {
      int c = p.coreEnd();
      if (c < t.length() && labelSuffixes.indexOf(t.charAt(c)) >= 0) {
        out.add(quantity(t, p.start(), c + 1, p.value(), null, null, t.substring(c, c + 1), Fuzz.NONE,
            QuantityKind.LABEL));
        return c + 1;
      }
      if (isLabel(t, p.start(), c) || (p.yearLike() && nextIsIdeograph(t, c))) {
        out.add(quantity(t, p.start(), c, p.value(), null, null, null, Fuzz.NONE, QuantityKind.LABEL));
        return c;
      }
    }
    if (p.chineseOnly() && p.unit() == null && p.fuzz() == Fuzz.NONE
        && classNoun.matcher(t).region(p.end(), t.length()).lookingAt()) {
      // 建立百亿企业培育库, 千亿产业集群: a round number naming a class of firms, not an amount
      out.add(quantity(t, p.start(), p.end(), p.value(), null, null, null, Fuzz.NONE, QuantityKind.LABEL));
      return p.end();
    }
    out.add(quantity(t, p.start(), p.end(), p.value(), null, null, p.unit(), p.fuzz(),
        QuantityKind.AMOUNT));
    return p.end();
  }

  /** Whether the first char at or after {@code from} that is not {@code \\s} opens a bracket, （ or (. */
  static boolean opensBracket(String t, int from) {
    int i = from;
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n'
        || t.charAt(i) == '\u000B' || t.charAt(i) == '\f' || t.charAt(i) == '\r')) {
      i++;
    }
    return i < t.length() && (t.charAt(i) == '（' || t.charAt(i) == '(');
  }

  private static boolean isMonthOrDay(Piece p) {
    if (p.fuzz() != Fuzz.NONE || p.value() != Math.rint(p.value())) {
      return false;
    }
    return ("月".equals(p.unit()) && p.value() >= 1 && p.value() <= 12)
        || ("日".equals(p.unit()) && p.value() >= 1 && p.value() <= 31);
  }

  /** Extends a year with 度 and a following month and day: 2021年度, 2022年6月27日. */
  private int dateEnd(String t, int end) {
    if (end < t.length() && t.charAt(end) == '度') {
      return end + 1;
    }
    for (String unit : dateUnits) {
      int p = skipSpaces(t, end);
      if (p >= t.length() || !(ChineseNumber.isArabicDigit(t.charAt(p))
          || ChineseNumber.isChineseNumeral(t.charAt(p)))) {
        return end;
      }
      Optional<Piece> next = piece(t, p, false, true);
      if (next.isEmpty() || !unit.equals(next.get().unit()) || !isMonthOrDay(next.get())) {
        return end;
      }
      end = next.get().end();
    }
    return end;
  }

  /**
   * A bare Arabic number used as a name or list marker (a bare year before a word, 2021世界青年科学家峰会,
   * is also a label): quoted (“5510”), joined by + (5+5, 1+X), or
   * a list marker at the start of a line or after ：(“(1) 实施…”, “4. 加快…”, “附件：1.2021年…”).
   */
  private static boolean isLabel(String t, int start, int end) {
    char before = start > 0 ? t.charAt(start - 1) : '\n';
    char after = end < t.length() ? t.charAt(end) : '\n';
    if (before == '“' || before == '"' || before == '「' || after == '”' || after == '"' || after == '」'
        || before == '+' || before == '＋' || after == '+' || after == '＋') {
      return true;
    }
    if ((before == '(' || before == '（') && (after == ')' || after == '）')) {
      return atLineStart(t, start - 1);
    }
    return (after == '.' || after == '．' || after == '、') && atLineStart(t, start);
  }

  /** True if the next character after inline spaces is a CJK ideograph (2021世界青年科学家峰会). */
  private static boolean nextIsIdeograph(String t, int end) {
    int k = skipSpaces(t, end);
    return k < t.length()
        && Character.UnicodeScript.of(t.charAt(k)) == Character.UnicodeScript.HAN;
  }

  private static boolean atLineStart(String t, int pos) {
    int k = pos - 1;
    while (k >= 0 && ChineseNumber.isSpace(t.charAt(k))) {
      k--;
    }
    return k < 0 || t.charAt(k) == '\n' || t.charAt(k) == '\r' || t.charAt(k) == '：' || t.charAt(k) == ':';
  }

  private static int skipSpaces(String t, int p) {
    while (p < t.length() && ChineseNumber.isSpace(t.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static Quantity quantity(String t, int start, int end, double value, Double low, Double high,
      String unit, Fuzz fuzz, QuantityKind kind) {
    return new Quantity(start, end, t.substring(start, end), value, low, high, unit, fuzz, kind);
  }

  // ---------------------------------------------------------------- char tests (loops: asked for every numeral read)

  private static boolean hasAsciiDigit(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= '0' && s.charAt(k) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChineseDigit(String s) {
    return countChineseDigits(s) > 0;
  }

  private static int countChineseDigits(String s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      if (ChineseNumber.isChineseDigit(s.charAt(k))) {
        n++;
      }
    }
    return n;
  }

  /** {@link Character#isDigit} for every char (as {@code chars().allMatch} did: code units, not code points). */
  private static boolean allDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
