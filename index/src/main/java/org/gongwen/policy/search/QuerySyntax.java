package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongwen.policy.index.EntryType;

/**
 * Parses the query language: free words plus {@code key:value} filters, separated by white space.
 *
 * <pre>
 * 高新技术企业 year:2024 type:target
 * unit:区科技局   lead:区科技局   issuer:温州市鹿城区人民政府   issuer:"温州市 鹿城区"
 * value:[100 TO *]   value:{2 TO 5]   value:&gt;=2   value:&lt;10   value:300
 * year:[2022 TO 2024]   kind:increase   measure:%   comparator:&gt;=
 * </pre>
 *
 * <p>Keys are ASCII, case-insensitive: {@code type year unit lead issuer kind measure comparator value}.
 * A value may be double-quoted to hold spaces. Ranges use {@code [ ]} for inclusive and {@code { }} for
 * exclusive bounds and {@code *} for none; {@code >}, {@code >=}, {@code <}, {@code <=} before a number
 * are shorthands. A word that has a colon after an ASCII key that is not one of these is an error (a
 * typo should not silently become text); other words — Chinese, {@code R&D}, full-width {@code ：} —
 * are free text. Each filter may appear once. The free text may combine words with {@code AND OR NOT - ( )}
 * and {@code "phrases"} ({@link TextQuery}); filters always apply to the whole query, so a filter inside
 * parentheses or after an operator is an error. Stateless and thread-safe.
 */
public final class QuerySyntax {

  /** The filter keys, in the order of the documentation. */
  public static final List<String> KEYS =
      List.of("type", "year", "unit", "lead", "issuer", "kind", "measure", "comparator", "value");

  /** Parses a query string; null or blank gives no text and no filters. */
  public ParsedQuery parse(String query) {
    if (query == null) {
      return new ParsedQuery("", Filters.NONE);
    }
    Scanner s = new Scanner(query);
    List<String> words = new ArrayList<>();
    Filters filters = Filters.NONE;
    List<String> seen = new ArrayList<>();
    int depth = 0;
    while (s.skipSpace()) {
      int start = s.pos;
      String key = s.keyPrefix();
      if (key == null) {
        String word = s.word();
        if (!word.startsWith("\"")) {
          depth += count(word, '(') - count(word, ')');
        }
        words.add(word);
        continue;
      }
      String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
      if (depth > 0 || List.of("AND", "OR", "NOT", "&&", "||", "-", "!").contains(previous)) {
        throw new QuerySyntaxException("filter [" + key + ":…] inside ( ) or after " + (depth > 0 ? "(" : previous)
            + ": filters apply to the whole query, write it outside", start);
      }
      String lower = key.toLowerCase(Locale.ROOT);
      if (!KEYS.contains(lower)) {
        throw new QuerySyntaxException("unknown filter [" + key + "]: expected one of " + KEYS, start);
      }
      if (seen.contains(lower)) {
        throw new QuerySyntaxException("filter [" + lower + "] given twice", start);
      }
      seen.add(lower);
      int valueStart = s.pos;
      try {
        filters = apply(filters, lower, s, valueStart);
      } catch (QuerySyntaxException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new QuerySyntaxException(e.getMessage(), valueStart);
      }
    }
    String text = String.join(" ", words);
    TextQuery.parse(text); // rejects bad boolean syntax now, as a usage error
    return new ParsedQuery(text, filters);
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(ch -> ch == c).count();
  }

  private static Filters apply(Filters f, String key, Scanner s, int at) {
    switch (key) {
      case "year", "value" -> {
        NumberRange range = s.range(key);
        if ("year".equals(key)) {
          checkWholeYears(range, at);
          return f.withYear(range);
        }
        return f.withValue(range);
      }
      default -> {
        String v = s.value(key);
        return switch (key) {
          case "type" -> f.withType(EntryType.fromCode(v));
          case "unit" -> f.withUnit(v);
          case "lead" -> f.withLead(v);
          case "issuer" -> f.withIssuer(v);
          case "kind" -> f.withKind(v.toLowerCase(Locale.ROOT));
          case "measure" -> f.withMeasure(v);
          case "comparator" -> f.withComparator(normalizeComparator(v));
          default -> throw new IllegalStateException("unhandled key [" + key + "]");
        };
      }
    }
  }

  private static void checkWholeYears(NumberRange r, int at) {
    for (Double b : new Double[] {r.min(), r.max()}) {
      if (b != null && (b != Math.rint(b) || b < 1000 || b > 9999)) {
        throw new QuerySyntaxException("bad year [" + PlainNumber.format(b) + "]: expected four digits", at);
      }
    }
  }

  private static String normalizeComparator(String v) {
    return switch (v) {
      case "≥", "＞＝", ">=" -> ">=";
      case "≤", "＜＝", "<=" -> "<=";
      case "≈", "~", "～" -> "~";
      case "=", "＝", "==" -> "=";
      default -> v;
    };
  }

  /** A cursor over the query string. */
  private static final class Scanner {
    private final String q;
    private int pos;

    Scanner(String q) {
      this.q = q;
    }

    /** Skips white space; false at the end. */
    boolean skipSpace() {
      while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) {
        pos++;
      }
      return pos < q.length();
    }

    /** When the next word is {@code asciiKey:…}, consumes {@code asciiKey:} and returns the key. */
    String keyPrefix() {
      int i = pos;
      while (i < q.length() && isAsciiLetter(q.charAt(i))) {
        i++;
      }
      if (i == pos || i >= q.length() || q.charAt(i) != ':') {
        return null;
      }
      String key = q.substring(pos, i);
      pos = i + 1;
      return key;
    }

    private static boolean isAsciiLetter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A free word: up to white space; a quoted phrase is kept with its quotes and spaces. */
    String word() {
      if (q.charAt(pos) == '"') {
        return '"' + quoted("text") + '"';
      }
      int start = pos;
      while (pos < q.length() && !Character.isWhitespace(q.charAt(pos))) {
        pos++;
      }
      return q.substring(start, pos);
    }

    /** A filter value: quoted, or up to white space; never empty. */
    String value(String key) {
      int start = pos;
      String v;
      if (pos < q.length() && q.charAt(pos) == '"') {
        v = quoted(key);
      } else {
        while (pos < q.length() && !Character.isWhitespace(q.charAt(pos))) {
          pos++;
        }
        v = q.substring(start, pos);
      }
      if (v.isBlank()) {
        throw new QuerySyntaxException("filter [" + key + "] has no value", start);
      }
      return v.strip();
    }

    private String quoted(String what) {
      int start = pos;
      int close = q.indexOf('"', pos + 1);
      if (close < 0) {
        throw new QuerySyntaxException("unclosed quote in [" + what + "]: [" + q.substring(start) + "]", start);
      }
      pos = close + 1;
      return q.substring(start + 1, close);
    }

    /** {@code [a TO b]}, {@code {a TO b}}, mixed, {@code >=a}, {@code >a}, {@code <=b}, {@code <b}, or {@code a}. */
    NumberRange range(String key) {
      int start = pos;
      if (pos < q.length() && (q.charAt(pos) == '[' || q.charAt(pos) == '{')) {
        boolean minInclusive = q.charAt(pos) == '[';
        int close = pos + 1;
        while (close < q.length() && q.charAt(close) != ']' && q.charAt(close) != '}') {
          close++;
        }
        if (close >= q.length()) {
          throw new QuerySyntaxException("unclosed range in [" + key + "]: [" + q.substring(start) + "]", start);
        }
        boolean maxInclusive = q.charAt(close) == ']';
        String inner = q.substring(pos + 1, close).strip();
        pos = close + 1;
        String[] parts = inner.split("\\s+");
        if (parts.length != 3 || !parts[1].equals("TO")) {
          throw new QuerySyntaxException("bad range [" + q.substring(start, pos) + "] in [" + key
              + "]: expected [MIN TO MAX] with * for an open end", start);
        }
        return new NumberRange(bound(parts[0], key, start), minInclusive, bound(parts[2], key, start), maxInclusive);
      }
      String v = value(key);
      if (v.startsWith(">=")) {
        return new NumberRange(number(v.substring(2), key, start), true, null, false);
      }
      if (v.startsWith("<=")) {
        return new NumberRange(null, false, number(v.substring(2), key, start), true);
      }
      if (v.startsWith(">")) {
        return new NumberRange(number(v.substring(1), key, start), false, null, false);
      }
      if (v.startsWith("<")) {
        return new NumberRange(null, false, number(v.substring(1), key, start), false);
      }
      return NumberRange.exactly(number(v, key, start));
    }

    private static Double bound(String s, String key, int at) {
      return "*".equals(s) ? null : number(s, key, at);
    }

    private static double number(String s, String key, int at) {
      try {
        double d = Double.parseDouble(s.strip());
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new NumberFormatException();
        }
        return d;
      } catch (NumberFormatException e) {
        throw new QuerySyntaxException("bad number [" + s + "] in [" + key + "]", at);
      }
    }
  }
}
