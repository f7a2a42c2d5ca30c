package org.gongwen.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;

/**
 * Builds the Lucene query for a {@link SearchRequest}. See the package documentation for the rules.
 * Thread-safe as long as the analyzer is (Lucene analyzers are).
 */
public final class QueryFactory {

  /** Boost of an exact phrase of all query tokens in one field, on top of the token matches. */
  private static final float PHRASE_BOOST = 2f;

  /** Boost of a synonym path against the words as typed, so the typed wording ranks first. */
  private static final float SYNONYM_BOOST = 0.5f;

  private final Analyzer analyzer;
  private final QuerySynonyms synonyms;
  private final UnitAliases units;
  private final boolean portable;

  /** No synonyms, no unit aliases: the words as typed. */
  public QueryFactory(Analyzer analyzer) {
    this(analyzer, QuerySynonyms.none(analyzer), UnitAliases.of(List.of()), true);
  }

  /**
   * With the vocabulary's synonyms (analyzed with {@code analyzer}) and unit aliases; queries of Lucene's
   * own classes only, which the Solr backend translates.
   */
  public QueryFactory(Analyzer analyzer, SearchVocabulary vocabulary) {
    this(analyzer, vocabulary, true);
  }

  /**
   * As {@link #QueryFactory(Analyzer, SearchVocabulary)}; not {@code portable}: the embedded searcher's
   * queries, which may use this package's faster equivalents ({@link ContainsTermQuery} for the
   * {@code *text*} wildcard of an issuer filter).
   */
  QueryFactory(Analyzer analyzer, SearchVocabulary vocabulary, boolean portable) {
    this(analyzer, vocabulary.synonyms(analyzer), vocabulary.units(), portable);
  }

  QueryFactory(Analyzer analyzer, QuerySynonyms synonyms, UnitAliases units, boolean portable) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
    this.units = units;
    this.portable = portable;
  }

  /** The text fields searched for entries of a type (null: all types), with their boosts. */
  static Map<String, Float> textFields(EntryType type) {
    Map<String, Float> fields = new LinkedHashMap<>();
    if (type == null || type == EntryType.DOCUMENT || type == EntryType.TASK) {
      fields.put(FieldNames.TITLE, 3f);
      fields.put(FieldNames.BODY, 1f);
    }
    if (type == null || type == EntryType.TASK) {
      fields.put(FieldNames.SECTION, 1f);
      fields.put(FieldNames.UNIT_TEXT, 1.5f);
    }
    if (type == null || type == EntryType.TARGET) {
      fields.put(FieldNames.INDICATOR, 3f);
      fields.put(FieldNames.SCOPE, 1f);
    }
    return fields;
  }

  /** Keyword fields a query may equal exactly, for an entry type (null: all types). */
  static List<String> keywordFields(EntryType type) {
    List<String> fields = new ArrayList<>();
    if (type == null || type == EntryType.DOCUMENT) {
      fields.add(FieldNames.DOC_NUMBER);
      fields.add(FieldNames.ISSUER);
    }
    if (type == null || type == EntryType.TASK) {
      fields.add(FieldNames.UNIT);
    }
    return fields;
  }

  public Query build(SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(request.query().isEmpty() ? new MatchAllDocsQuery() : text(request.query(), request.type()), Occur.MUST);
    Filters f = request.filters();
    if (f.type() != null) {
      query.add(new TermQuery(new Term(FieldNames.TYPE, f.type().code())), Occur.FILTER);
    }
    if (f.year() != null) {
      query.add(IntPoint.newRangeQuery(FieldNames.YEAR, f.year().lowestInt(), f.year().highestInt()), Occur.FILTER);
    }
    if (f.unit() != null) {
      query.add(unit(FieldNames.UNIT, FieldNames.UNIT_TEXT, f.unit()), Occur.FILTER);
    }
    if (f.lead() != null) {
      query.add(unit(FieldNames.LEAD_UNIT, FieldNames.LEAD_UNIT_TEXT, f.lead()), Occur.FILTER);
    }
    if (f.issuer() != null) {
      query.add(issuer(f.issuer(), portable), Occur.FILTER);
    }
    keyword(query, FieldNames.KIND, f.kind());
    keyword(query, FieldNames.MEASURE, f.measure());
    keyword(query, FieldNames.COMPARATOR, f.comparator());
    if (f.value() != null) {
      query.add(DoublePoint.newRangeQuery(FieldNames.VALUE, f.value().lowest(), f.value().highest()), Occur.FILTER);
    }
    return query.build();
  }

  private static void keyword(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  /** The analyzed terms of the free text's words and phrases not under NOT, for marking matches. */
  public Set<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    TextQuery parsed;
    try {
      parsed = TextQuery.parse(text);
    } catch (QuerySyntaxException e) {
      parsed = new TextQuery.Word(text);
    }
    if (parsed == null) {
      return terms;
    }
    for (TextQuery leaf : TextQuery.positiveLeaves(parsed)) {
      String leafText = leaf instanceof TextQuery.Word w ? w.text() : ((TextQuery.Phrase) leaf).text();
      List<List<Token>> paths = leaf instanceof TextQuery.Word ? synonyms.variants(leafText) : List.of(analyze(leafText));
      for (List<Token> path : paths) {
        for (Token t : path) {
          terms.add(t.term());
        }
      }
    }
    return terms;
  }

  /**
   * Free text as a boolean expression ({@link TextQuery}). Plain words side by side keep the original
   * form ({@link #words}) so their ranking is unchanged; operators, groups and phrases combine the
   * parts' queries.
   */
  Query text(String text, EntryType type) {
    TextQuery parsed = TextQuery.parse(text);
    if (parsed == null) {
      return new MatchAllDocsQuery();
    }
    if (parsed instanceof TextQuery.Word w) {
      return words(w.text(), type);
    }
    if (TextQuery.plainWords(parsed)) {
      // without the AND operators, so 数字经济 AND 人才 is exactly 数字经济 人才
      return words(String.join(" ", ((TextQuery.And) parsed).parts().stream()
          .map(p -> ((TextQuery.Word) p).text()).toList()), type);
    }
    return expression(parsed, type);
  }

  private Query expression(TextQuery q, EntryType type) {
    if (q instanceof TextQuery.Word w) {
      return words(w.text(), type);
    }
    if (q instanceof TextQuery.Phrase p) {
      return phraseQuery(p.text(), type);
    }
    if (q instanceof TextQuery.Not n) {
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
          .add(expression(n.part(), type), Occur.MUST_NOT).build();
    }
    if (q instanceof TextQuery.And and) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean positive = false;
      for (TextQuery part : and.parts()) {
        if (part instanceof TextQuery.Not n) {
          b.add(expression(n.part(), type), Occur.MUST_NOT);
        } else {
          b.add(expression(part, type), Occur.MUST);
          positive = true;
        }
      }
      if (!positive) {
        b.add(new MatchAllDocsQuery(), Occur.MUST);
      }
      return b.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (TextQuery part : ((TextQuery.Or) q).parts()) {
      b.add(expression(part, type), Occur.SHOULD);
    }
    return b.setMinimumNumberShouldMatch(1).build();
  }

  /** A quoted phrase: its tokens adjacent in one text field, or the phrase equal to a keyword. */
  private Query phraseQuery(String text, EntryType type) {
    List<Token> tokens = analyze(text);
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (!tokens.isEmpty()) {
      textFields(type).forEach((field, boost) -> either.add(boosted(phrase(field, tokens), boost), Occur.SHOULD));
    }
    keywords(either, text, type);
    return either.setMinimumNumberShouldMatch(1).build();
  }

  /**
   * Words: all tokens, each in some field (adjacent tokens in one field score higher); the same for each
   * synonym path of the words ({@link QuerySynonyms}), boosted lower; or the whole text as a keyword.
   */
  Query words(String text, EntryType type) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    Map<String, Float> fields = textFields(type);
    List<List<Token>> variants = synonyms.variants(text);
    List<Query> paths = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      List<Token> tokens = variants.get(i);
      if (!tokens.isEmpty()) {
        // a synonym path scores per token and without the phrase bonus, so a longer synonym (研究 开发)
        // does not outrank the word as typed (研发)
        paths.add(i == 0 ? allTokens(tokens, fields, true)
            : boosted(allTokens(tokens, fields, false), SYNONYM_BOOST / tokens.size()));
      }
    }
    if (paths.size() == 1) {
      either.add(paths.get(0), Occur.SHOULD);
    } else if (!paths.isEmpty()) {
      // the best path scores, so a synonym with more tokens does not outscore the word as typed
      either.add(new DisjunctionMaxQuery(paths, 0f), Occur.SHOULD);
    }
    keywords(either, text, type);
    return either.setMinimumNumberShouldMatch(1).build();
  }

  /** The text equal to a document number, issuer (document entries only) or unit keyword. */
  private static void keywords(BooleanQuery.Builder either, String text, EntryType type) {
    for (String field : keywordFields(type)) {
      Query exact = new TermQuery(new Term(field, text));
      if (FieldNames.ISSUER.equals(field)) {
        // the issuer is on every entry; as free text it names the document, not all its items
        exact = new BooleanQuery.Builder().add(exact, Occur.MUST)
            .add(new TermQuery(new Term(FieldNames.TYPE, EntryType.DOCUMENT.code())), Occur.FILTER).build();
      }
      either.add(exact, Occur.SHOULD);
    }
  }

  /** Every token in some field, plus a phrase boost per field when there are several tokens. */
  private static Query allTokens(List<Token> tokens, Map<String, Float> fields, boolean phraseBonus) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Token token : tokens) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      fields.forEach((field, boost) -> anyField.add(
          boosted(new TermQuery(new Term(field, token.term())), boost), Occur.SHOULD));
      all.add(anyField.build(), Occur.MUST);
    }
    if (tokens.size() > 1 && phraseBonus) {
      fields.forEach((field, boost) -> all.add(boosted(phrase(field, tokens), boost * PHRASE_BOOST), Occur.SHOULD));
    }
    return all.build();
  }

  /**
   * A unit filter: for the name and each alias spelling ({@link UnitAliases}: 区科技局 and 区科学技术局), the
   * exact unit keyword, or the spelling as a phrase in the analyzed unit names.
   */
  Query unit(String keywordField, String textField, String unit) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    for (String spelling : units.variants(unit)) {
      either.add(new TermQuery(new Term(keywordField, spelling)), Occur.SHOULD);
      List<Token> tokens = analyze(spelling);
      if (!tokens.isEmpty()) {
        either.add(phrase(textField, tokens), Occur.SHOULD);
      }
    }
    return either.setMinimumNumberShouldMatch(1).build();
  }

  /**
   * An issuer filter: the exact organ, or any issuer containing the text (德清县 finds 德清县人民政府,
   * 浙江省 finds 浙江省科学技术厅). Issuers are few distinct terms: {@code portable}, the wildcard
   * {@code *text*} (which the Solr backend translates); else a scan of the terms for the text
   * ({@link ContainsTermQuery}: same terms, no automaton to compile per query).
   */
  static Query issuer(String issuer, boolean portable) {
    Query contains;
    if (portable) {
      String escaped = issuer.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
      contains = new WildcardQuery(new Term(FieldNames.ISSUER, "*" + escaped + "*"));
    } else {
      contains = new ContainsTermQuery(FieldNames.ISSUER, issuer);
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(FieldNames.ISSUER, issuer)), Occur.SHOULD)
        .add(contains, Occur.SHOULD)
        .setMinimumNumberShouldMatch(1).build();
  }

  private static Query boosted(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  private static Query phrase(String field, List<Token> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (Token t : tokens) {
      phrase.add(new Term(field, t.term()), t.position());
    }
    return phrase.build();
  }

  /** The analyzed tokens of a text with their positions (gaps where stop words were dropped). */
  List<Token> analyze(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FieldNames.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        tokens.add(new Token(term.toString(), position));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze query [" + text + "]", e);
    }
    return tokens;
  }

  /** One analyzed token. */
  record Token(String term, int position) {}
}
