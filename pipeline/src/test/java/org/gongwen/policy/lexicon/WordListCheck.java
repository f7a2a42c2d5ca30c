package org.gongwen.policy.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.JavaSource.Literal;

/**
 * Finds word lists written in code. The criterion: a <em>word</em> is a string of Han characters only; a
 * <em>word list</em> is two or more words that code treats as interchangeable. Four shapes, one rule each:
 *
 * <ul>
 *   <li>{@code collection}: a {@code List.of / Set.of / Map.of / Map.ofEntries / Stream.of / Arrays.asList}
 *       call or a {@code String[]} initializer with two or more elements (keys of a map entry count) that are
 *       word literals;
 *   <li>{@code alternation}: a regular expression (adjacent literals joined by {@code +} read as one) with a
 *       group, or the whole pattern, alternating two or more words ({@code 附\s*件|抄\s*送} counts: spacing
 *       tokens and {@code ^ $} anchors are ignored);
 *   <li>{@code char-class}: a character class listing two or more Han characters that are not numerals
 *       ({@code [和及与]} is a list of one-character words; {@code [一二三四五六七八九十]} is number syntax);
 *   <li>{@code comparisons}: one statement passing two or more different words to the same string test
 *       ({@code startsWith, endsWith, contains, equals, indexOf, lastIndexOf});
 *   <li>{@code letter-set}: a string of two or more Han letters, not numerals, used as a set of one-letter
 *       words: {@code "约近".indexOf(c)}, or a constant {@code ABOUT = "约近"} that code asks
 *       {@code ABOUT.indexOf(…)}, {@code .contains(…)} or {@code .chars()}.
 * </ul>
 *
 * <p>Not a word list, so allowed: a single fixed token ({@code 关于}, {@code 附\s*件\s*[：:]}, {@code 第 N 页},
 * a field label in a message), punctuation sets, numeral classes, and a literal mixing Han with other text
 * (help texts, benchmark queries).
 */
final class WordListCheck {

  /** One word list found: line, rule name and what it holds. */
  record Finding(int line, String rule, String detail) {}

  static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";

  private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}+");
  private static final Pattern COLLECTION = Pattern.compile(
      "\\b(?:List|Set|Map|Stream)\\s*\\.\\s*of(?:Entries)?\\s*\\(|\\bArrays\\s*\\.\\s*asList\\s*\\("
          + "|\\bnew\\s+String\\s*\\[\\s*]\\s*\\{|\\bString\\s*\\[\\s*]\\s*\\w+\\s*=\\s*\\{");
  private static final Pattern ENTRY = Pattern.compile("^(?:Map\\s*\\.\\s*)?entry\\s*\\(");
  private static final Pattern TEST_CALL =
      Pattern.compile("\\.\\s*(startsWith|endsWith|contains|equals|indexOf|lastIndexOf)\\s*\\(\\s*\"");
  private static final Pattern SET_QUERY =
      Pattern.compile("\\s*\\.\\s*(?:indexOf|lastIndexOf|contains|chars)\\s*\\(");
  private static final Pattern CONSTANT = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*=\\s*$");
  private static final Pattern SPACING = Pattern.compile("\\\\s[*+?]?|\\\\s\\{\\d*,?\\d*}");

  private WordListCheck() {}

  /** Every word list in one source file, in line order. */
  static List<Finding> find(String code) {
    JavaSource src = new JavaSource(code);
    List<Finding> all = new ArrayList<>(collections(src));
    all.addAll(regexes(src));
    all.addAll(comparisons(src));
    all.addAll(letterSets(src));
    all.sort(java.util.Comparator.comparingInt(Finding::line));
    return List.copyOf(all);
  }

  /** Rule {@code collection}. */
  static List<Finding> collections(JavaSource src) {
    List<Finding> out = new ArrayList<>();
    String sk = src.skeleton();
    Matcher m = COLLECTION.matcher(sk);
    while (m.find()) {
      int open = m.end() - 1;
      int close = src.closing(open);
      Set<String> words = new LinkedHashSet<>();
      int depth = 0;
      int argStart = open + 1;
      for (int i = open + 1; i <= close; i++) {
        char c = sk.charAt(i);
        if (depth == 0 && (c == ',' || i == close)) {
          String word = elementWord(src, argStart, i);
          if (word != null) {
            words.add(word);
          }
          argStart = i + 1;
        } else if (c == '(' || c == '{' || c == '[') {
          depth++;
        } else if (c == ')' || c == '}' || c == ']') {
          depth--;
        }
      }
      if (words.size() >= 2) {
        out.add(new Finding(src.lineOf(m.start()), "collection", String.join(" ", words)));
      }
    }
    return out;
  }

  private static String elementWord(JavaSource src, int from, int to) {
    String sk = src.skeleton();
    int a = from;
    while (a < to && Character.isWhitespace(sk.charAt(a))) {
      a++;
    }
    int b = to;
    while (b > a && Character.isWhitespace(sk.charAt(b - 1))) {
      b--;
    }
    Matcher entry = ENTRY.matcher(sk.substring(a, b));
    if (entry.find()) {
      a += entry.end();
      while (a < b && Character.isWhitespace(sk.charAt(a))) {
        a++;
      }
      int comma = sk.indexOf(',', a);
      b = comma < 0 || comma > b ? b : comma;
      while (b > a && Character.isWhitespace(sk.charAt(b - 1))) {
        b--;
      }
    }
    Literal lit = src.literalAt(a);
    return lit != null && lit.end() == b - 1 && isWord(lit.value()) ? lit.value() : null;
  }

  /** Rules {@code alternation} and {@code char-class}, on each chain of literals joined by {@code +}. */
  static List<Finding> regexes(JavaSource src) {
    List<Finding> out = new ArrayList<>();
    String sk = src.skeleton();
    List<Literal> lits = src.literals();
    for (int i = 0; i < lits.size(); i++) {
      int first = lits.get(i).start();
      StringBuilder value = new StringBuilder(lits.get(i).value());
      while (i + 1 < lits.size() && sk.substring(lits.get(i).end() + 1, lits.get(i + 1).start()).strip().equals("+")) {
        value.append(lits.get(++i).value());
      }
      RegexShape shape = new RegexShape(value.toString());
      for (Set<String> alternatives : shape.groups) {
        if (alternatives.size() >= 2) {
          out.add(new Finding(src.lineOf(first), "alternation", String.join("|", alternatives)));
        }
      }
      for (String cls : shape.classes) {
        if (cls.chars().filter(c -> isHan(c) && NUMERALS.indexOf(c) < 0).count() >= 2) {
          out.add(new Finding(src.lineOf(first), "char-class", "[" + cls + "]"));
        }
      }
    }
    return out;
  }

  /** Rule {@code comparisons}. */
  static List<Finding> comparisons(JavaSource src) {
    List<Finding> out = new ArrayList<>();
    String sk = src.skeleton();
    int start = 0;
    for (int i = 0; i <= sk.length(); i++) {
      if (i == sk.length() || sk.charAt(i) == ';' || sk.charAt(i) == '{' || sk.charAt(i) == '}') {
        TreeMap<String, Set<String>> byMethod = new TreeMap<>();
        Matcher m = TEST_CALL.matcher(sk).region(start, i);
        while (m.find()) {
          Literal lit = src.literalAt(m.end() - 1);
          if (lit != null && isWord(lit.value())) {
            byMethod.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(lit.value());
          }
        }
        for (var e : byMethod.entrySet()) {
          if (e.getValue().size() >= 2) {
            int at = sk.indexOf('.', start);
            out.add(new Finding(src.lineOf(Math.max(start, at)), "comparisons",
                e.getKey() + " " + String.join(" ", e.getValue())));
          }
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Rule {@code letter-set}. */
  static List<Finding> letterSets(JavaSource src) {
    List<Finding> out = new ArrayList<>();
    String sk = src.skeleton();
    for (Literal lit : src.literals()) {
      String v = lit.value();
      if (!isWord(v) || v.chars().filter(c -> NUMERALS.indexOf(c) < 0).count() < 2) {
        continue;
      }
      boolean asked = SET_QUERY.matcher(sk).region(lit.end() + 1, sk.length()).lookingAt();
      Matcher constant = CONSTANT.matcher(sk.substring(0, lit.start()));
      if (!asked && constant.find()) {
        asked = Pattern.compile("\\b" + constant.group(1) + SET_QUERY.pattern()).matcher(sk).find();
      }
      if (asked) {
        out.add(new Finding(src.lineOf(lit.start()), "letter-set", v));
      }
    }
    return out;
  }

  static boolean isWord(String s) {
    return HAN_WORD.matcher(s).matches();
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The groups (their word alternatives) and character classes of one regular expression. */
  private static final class RegexShape {
    final List<Set<String>> groups = new ArrayList<>();
    final List<String> classes = new ArrayList<>();

    RegexShape(String re) {
      List<List<StringBuilder>> stack = new ArrayList<>();
      stack.add(newGroup());
      int i = 0;
      while (i < re.length()) {
        char c = re.charAt(i);
        List<StringBuilder> group = stack.get(stack.size() - 1);
        StringBuilder alt = group.get(group.size() - 1);
        if (c == '\\' && i + 1 < re.length()) {
          alt.append(c).append(re.charAt(i + 1));
          i += 2;
        } else if (c == '[') {
          int j = i + 1;
          if (j < re.length() && re.charAt(j) == '^') {
            j++;
          }
          if (j < re.length() && re.charAt(j) == ']') {
            j++;
          }
          while (j < re.length() && re.charAt(j) != ']') {
            j += re.charAt(j) == '\\' ? 2 : 1;
          }
          classes.add(re.substring(i + 1, Math.min(j, re.length())));
          alt.append('\u0000');
          i = j + 1;
        } else if (c == '(') {
          alt.append('\u0000');
          stack.add(newGroup());
          i = skipGroupPrefix(re, i + 1);
        } else if (c == ')' && stack.size() > 1) {
          groups.add(words(stack.remove(stack.size() - 1)));
          i++;
        } else if (c == '|') {
          group.add(new StringBuilder());
          i++;
        } else {
          alt.append(c);
          i++;
        }
      }
      while (!stack.isEmpty()) {
        groups.add(words(stack.remove(stack.size() - 1)));
      }
    }

    private static List<StringBuilder> newGroup() {
      List<StringBuilder> g = new ArrayList<>();
      g.add(new StringBuilder());
      return g;
    }

    private static int skipGroupPrefix(String re, int i) {
      if (i < re.length() && re.charAt(i) == '?') {
        for (String p : List.of("?:", "?=", "?!", "?<=", "?<!", "?>")) {
          if (re.startsWith(p, i)) {
            return i + p.length();
          }
        }
        int close = re.indexOf('>', i);
        return re.startsWith("?<", i) && close > 0 ? close + 1 : i;
      }
      return i;
    }

    private static Set<String> words(List<StringBuilder> alternatives) {
      Set<String> words = new LinkedHashSet<>();
      if (alternatives.size() < 2) {
        return words;
      }
      for (StringBuilder a : alternatives) {
        String w = SPACING.matcher(a).replaceAll("").replaceAll("^\\^|\\$$", "");
        if (isWord(w)) {
          words.add(w);
        }
      }
      return words;
    }
  }
}
