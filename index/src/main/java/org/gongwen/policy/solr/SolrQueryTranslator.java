package org.gongwen.policy.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.gongwen.policy.index.FieldNames;

/**
 * Translates the Lucene query the embedded search builds ({@link org.gongwen.policy.search.QueryFactory}) into
 * Solr's JSON query DSL, clause for clause, so both searches run the same query: boolean clauses become
 * {@code bool} (must, should, must_not, filter), boosts {@code boost}, the best-of synonym paths
 * {@code maxscore}; the leaves are local-params queries whose values travel as request parameters
 * ({@code v=$q0}), never spliced into query syntax: a term is {@code {!term}}, a phrase {@code {!field}} over
 * the terms the client analyzed (the schema's query analyzer only splits on white space and turns
 * {@link #GAP} into the position gap of a dropped stop word), a wildcard and a point range the standard
 * parser. A query type it does not know is an {@link IllegalArgumentException} naming it. Not thread-safe:
 * one translator per request.
 */
public final class SolrQueryTranslator {

  /**
   * Stands for one empty position in a phrase sent to Solr; the schema's query analyzer drops it as a stop
   * word ({@code lang/query_gap.txt}), leaving the gap.
   */
  public static final String GAP = "\uE000";

  /** The point fields and their Lucene point type. */
  private static final Map<String, Class<?>> POINTS = Map.of(FieldNames.VALUE, DoublePoint.class,
      FieldNames.YEAR, IntPoint.class);

  private final JsonNodeFactory json = JsonNodeFactory.instance;
  private final Map<String, String> params = new LinkedHashMap<>();

  /** The translated query with the parameters its leaves refer to. */
  public record Translated(JsonNode query, Map<String, String> params) {}

  /** Translates a query; the parameters are those of this translation only. */
  public static Translated translate(Query query) {
    SolrQueryTranslator t = new SolrQueryTranslator();
    JsonNode q = t.node(query);
    return new Translated(q, Map.copyOf(t.params));
  }

  private JsonNode node(Query q) {
    if (q instanceof BooleanQuery b) {
      return bool(b);
    }
    if (q instanceof BoostQuery b) {
      ObjectNode boost = json.objectNode();
      ObjectNode args = boost.putObject("boost");
      args.put("b", Float.toString(b.getBoost()));
      args.set("query", node(b.getQuery()));
      return boost;
    }
    if (q instanceof DisjunctionMaxQuery d) {
      if (d.getTieBreakerMultiplier() != 0f) {
        throw new IllegalArgumentException("cannot translate a dismax with tie " + d.getTieBreakerMultiplier());
      }
      ObjectNode max = json.objectNode();
      ObjectNode args = max.putObject("maxscore");
      ObjectNode inner = args.putObject("query").putObject("bool");
      ArrayNode should = inner.putArray("should");
      // the disjuncts are a hash multiset: in a fixed order, so the same search sends the same request
      d.getDisjuncts().stream().sorted(java.util.Comparator.comparing(Query::toString))
          .forEach(part -> should.add(node(part)));
      return max;
    }
    if (q instanceof TermQuery t) {
      return leaf("term", t.getTerm().field(), t.getTerm().text());
    }
    if (q instanceof PhraseQuery p) {
      return leaf("field", p.getField(), phraseText(p));
    }
    if (q instanceof MatchAllDocsQuery) {
      return TextNode.valueOf("*:*");
    }
    if (q instanceof WildcardQuery w) {
      Term t = w.getTerm();
      return leaf("lucene", null, t.field() + ":" + wildcard(t.text()));
    }
    if (q instanceof PointRangeQuery r) {
      return leaf("lucene", null, r.getField() + ":[" + bound(r, r.getLowerPoint()) + " TO "
          + bound(r, r.getUpperPoint()) + "]");
    }
    throw new IllegalArgumentException("cannot translate a " + q.getClass().getSimpleName() + " to Solr: [" + q + "]");
  }

  private JsonNode bool(BooleanQuery b) {
    List<JsonNode> must = new ArrayList<>();
    List<JsonNode> should = new ArrayList<>();
    List<JsonNode> mustNot = new ArrayList<>();
    List<JsonNode> filter = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      JsonNode n = node(c.getQuery());
      switch (c.getOccur()) {
        case MUST -> must.add(n);
        case SHOULD -> should.add(n);
        case MUST_NOT -> mustNot.add(n);
        case FILTER -> filter.add(n);
      }
    }
    int mm = b.getMinimumNumberShouldMatch();
    if (mm > 1) {
      throw new IllegalArgumentException("cannot translate minimum-should-match " + mm + ": [" + b + "]");
    }
    if (mm == 1 && !should.isEmpty() && (!must.isEmpty() || !filter.isEmpty() || !mustNot.isEmpty())) {
      // one of the shoulds required next to other clauses: a required group of them scores the same sum
      ObjectNode group = json.objectNode();
      array(group.putObject("bool"), "should", should);
      must.add(group);
      should = List.of();
    }
    ObjectNode out = json.objectNode();
    ObjectNode args = out.putObject("bool");
    array(args, "must", must);
    array(args, "should", should);
    array(args, "must_not", mustNot);
    array(args, "filter", filter);
    return out;
  }

  private static void array(ObjectNode args, String name, List<JsonNode> parts) {
    if (!parts.isEmpty()) {
      ArrayNode a = args.putArray(name);
      parts.forEach(a::add);
    }
  }

  /** {@code {!parser f=FIELD v=$qN}} with the value as parameter {@code qN}. */
  private JsonNode leaf(String parser, String field, String value) {
    String name = "q" + params.size();
    params.put(name, value);
    return TextNode.valueOf("{!" + parser + (field == null ? "" : " f=" + field) + " v=$" + name + "}");
  }

  /** The phrase's terms separated by spaces, with {@link #GAP} for each skipped position. */
  static String phraseText(PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (p.getSlop() != 0) {
      throw new IllegalArgumentException("cannot translate a sloppy phrase: [" + p + "]");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) {
        for (int gap = positions[i] - positions[i - 1] - 1; gap > 0; gap--) {
          sb.append(' ').append(GAP);
        }
        sb.append(' ');
      }
      String text = terms[i].text();
      if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace) || text.contains(GAP)) {
        throw new IllegalArgumentException("cannot send phrase term [" + text + "] to Solr: it holds white space");
      }
      sb.append(text);
    }
    return sb.toString();
  }

  /** A wildcard term in the standard parser's syntax: {@code * ?} and escapes kept, other specials escaped. */
  static String wildcard(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        sb.append(c).append(text.charAt(++i));
      } else if (c == '*' || c == '?') {
        sb.append(c);
      } else if ("+-&|!(){}[]^\"~:/\\".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String bound(PointRangeQuery r, byte[] point) {
    Class<?> type = POINTS.get(r.getField());
    if (type == DoublePoint.class) {
      double d = DoublePoint.decodeDimension(point, 0);
      return Double.isInfinite(d) ? "*" : Double.toString(d);
    }
    if (type == IntPoint.class) {
      int i = IntPoint.decodeDimension(point, 0);
      return i == Integer.MIN_VALUE || i == Integer.MAX_VALUE ? "*" : Integer.toString(i);
    }
    throw new IllegalArgumentException("cannot translate a point range on [" + r.getField() + "]");
  }
}
