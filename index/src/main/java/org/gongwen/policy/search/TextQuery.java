package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The free text of a query as a boolean expression, the way Lucene's classic query parser reads it:
 * words side by side must all match (AND is the default operator); {@code AND}/{@code &&},
 * {@code OR}/{@code ||}, {@code NOT}/{@code !} and a leading {@code -} (upper-case words, as in Lucene);
 * parentheses group; {@code "…"} is a phrase whose words must be adjacent. OR binds looser than AND:
 * {@code a b OR c} is {@code (a AND b) OR c}. A query of only negations ({@code NOT 人才}) matches
 * everything else. Bad syntax is a {@link QuerySyntaxException} saying what is supported.
 */
public sealed interface TextQuery {

  /** What the error messages list as supported. */
  String SUPPORTED = "supported: words (all must match), \"exact phrase\", AND, OR, NOT, -word, ( )";

  /** One word (analyzed: its tokens must all occur, in any searched field). */
  record Word(String text) implements TextQuery {}

  /** A quoted phrase: its tokens adjacent, in one field. */
  record Phrase(String text) implements TextQuery {}

  /** Every part must match (negated parts must not). */
  record And(List<TextQuery> parts) implements TextQuery {
    public And {
      parts = List.copyOf(parts);
    }
  }

  /** At least one part must match. */
  record Or(List<TextQuery> parts) implements TextQuery {
    public Or {
      parts = List.copyOf(parts);
    }
  }

  /** The part must not match. */
  record Not(TextQuery part) implements TextQuery {}

  /**
   * Parses free text (filters already removed). Blank text gives null.
   *
   * @throws QuerySyntaxException naming the offending part and what is supported
   */
  static TextQuery parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return new Parser(text).parse();
  }

  /** True when the text is plain words only (no operator, group or phrase): the original query form. */
  static boolean plainWords(TextQuery q) {
    if (q instanceof Word) {
      return true;
    }
    if (q instanceof And and) {
      return and.parts().stream().allMatch(p -> p instanceof Word);
    }
    return false;
  }

  /** The words and phrases that must or may match (not those under NOT), for highlighting. */
  static List<TextQuery> positiveLeaves(TextQuery q) {
    List<TextQuery> out = new ArrayList<>();
    collect(q, out);
    return out;
  }

  private static void collect(TextQuery q, List<TextQuery> out) {
    if (q instanceof Word || q instanceof Phrase) {
      out.add(q);
    } else if (q instanceof And and) {
      and.parts().forEach(p -> collect(p, out));
    } else if (q instanceof Or or) {
      or.parts().forEach(p -> collect(p, out));
    }
  }

  /** Recursive descent over tokens: or := and (OR and)*; and := unary (AND? unary)*; unary := NOT unary | primary. */
  final class Parser {
    private final String s;
    private final List<Tok> toks = new ArrayList<>();
    private int i;

    private record Tok(String kind, String text, int at) {}

    Parser(String s) {
      this.s = s;
      lex();
    }

    private void lex() {
      int p = 0;
      while (p < s.length()) {
        char c = s.charAt(p);
        if (Character.isWhitespace(c)) {
          p++;
        } else if (c == '(' || c == ')') {
          toks.add(new Tok(String.valueOf(c), String.valueOf(c), p++));
        } else if (c == '"') {
          int close = s.indexOf('"', p + 1);
          if (close < 0) {
            throw new QuerySyntaxException("unclosed quote in [text]: [" + s.substring(p) + "]", p);
          }
          toks.add(new Tok("phrase", s.substring(p + 1, close), p));
          p = close + 1;
        } else if ((c == '-' || c == '!') && p + 1 < s.length() && !Character.isWhitespace(s.charAt(p + 1))
            && !Character.isDigit(s.charAt(p + 1))
            && (p == 0 || Character.isWhitespace(s.charAt(p - 1)) || s.charAt(p - 1) == '(')) {
          toks.add(new Tok("NOT", String.valueOf(c), p++));
        } else {
          int start = p;
          while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && s.charAt(p) != '(' && s.charAt(p) != ')'
              && s.charAt(p) != '"') {
            p++;
          }
          String w = s.substring(start, p);
          String kind = switch (w) {
            case "AND", "&&" -> "AND";
            case "OR", "||" -> "OR";
            case "NOT" -> "NOT";
            default -> "word";
          };
          if ("word".equals(kind) && w.matches("[A-Za-z]+:.*")) {
            throw new QuerySyntaxException("filter [" + w + "] inside ( ) or after NOT/OR: filters apply to the whole "
                + "query, write it outside", start);
          }
          toks.add(new Tok(kind, w, start));
        }
      }
    }

    TextQuery parse() {
      if (toks.isEmpty()) {
        return null;
      }
      TextQuery q = or();
      if (i < toks.size()) {
        Tok t = toks.get(i);
        throw new QuerySyntaxException("unexpected [" + t.text() + "] in the query text; " + SUPPORTED, t.at());
      }
      return q;
    }

    private TextQuery or() {
      List<TextQuery> parts = new ArrayList<>();
      parts.add(and());
      while (peek("OR")) {
        Tok op = toks.get(i++);
        if (atEndOfGroup()) {
          throw new QuerySyntaxException("[" + op.text() + "] needs a word on both sides; " + SUPPORTED, op.at());
        }
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private TextQuery and() {
      List<TextQuery> parts = new ArrayList<>();
      parts.add(unary());
      while (i < toks.size() && !peek("OR") && !peek(")")) {
        if (peek("AND")) {
          Tok op = toks.get(i++);
          if (atEndOfGroup() || peek("OR")) {
            throw new QuerySyntaxException("[" + op.text() + "] needs a word on both sides; " + SUPPORTED, op.at());
          }
        }
        parts.add(unary());
      }
      return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private TextQuery unary() {
      if (i >= toks.size()) {
        throw new QuerySyntaxException("the query text ends where a word was expected; " + SUPPORTED, s.length());
      }
      Tok t = toks.get(i++);
      switch (t.kind()) {
        case "NOT" -> {
          if (atEndOfGroup() || peek("OR") || peek("AND")) {
            throw new QuerySyntaxException("[" + t.text() + "] needs a word after it; " + SUPPORTED, t.at());
          }
          return new Not(unary());
        }
        case "(" -> {
          if (peek(")")) {
            throw new QuerySyntaxException("empty ( ) in the query text", t.at());
          }
          TextQuery inner = or();
          if (!peek(")")) {
            throw new QuerySyntaxException("unclosed [(] in the query text; " + SUPPORTED, t.at());
          }
          i++;
          return inner;
        }
        case "phrase" -> {
          if (t.text().isBlank()) {
            throw new QuerySyntaxException("empty phrase [\"\"] in the query text", t.at());
          }
          return new Phrase(t.text().strip());
        }
        case "word" -> {
          return new Word(t.text());
        }
        default -> throw new QuerySyntaxException("[" + t.text() + "] where a word was expected; " + SUPPORTED, t.at());
      }
    }

    private boolean atEndOfGroup() {
      return i >= toks.size() || peek(")");
    }

    private boolean peek(String kind) {
      return i < toks.size() && toks.get(i).kind().equals(kind);
    }
  }
}
