package org.gongwen.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Query-time synonyms: the groups of {@code search/synonyms} in the lexicon, each term analyzed with the
 * index's analyzer into a token sequence, applied to query words by Lucene's {@link SynonymGraphFilter}.
 * {@link #variants} lists the paths of the resulting token graph: 研发经费 gives [研发 经费], [研究 开发 经费],
 * [r d 经费] …, each then searched like the original words. The index is not changed (synonyms at query
 * time only), so editing the list needs no re-indexing. Immutable; thread-safe like its analyzer.
 */
public final class QuerySynonyms {

  /** The lexicon list. */
  public static final String LIST = "search/synonyms";

  /** Most token paths searched for one word (a word hitting several groups multiplies them). */
  static final int MAX_VARIANTS = 16;

  private final Analyzer base;
  private final Analyzer withSynonyms;
  private final boolean empty;

  private QuerySynonyms(Analyzer base, SynonymMap map, boolean empty) {
    this.base = base;
    this.empty = empty;
    this.withSynonyms = empty ? base : new AnalyzerWrapper(base.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return base;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
            new SynonymGraphFilter(components.getTokenStream(), map, true));
      }
    };
  }

  /** No synonyms: every word is its own only variant. */
  public static QuerySynonyms none(Analyzer base) {
    return new QuerySynonyms(base, null, true);
  }

  /** The lexicon's groups, analyzed with {@code base}. */
  public static QuerySynonyms from(Lexicon lexicon, Analyzer base) {
    return of(lexicon.words(LIST), base);
  }

  /** Groups as comma-separated lines. */
  public static QuerySynonyms of(List<String> groups, Analyzer base) {
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      int pairs = 0;
      for (String line : groups) {
        List<CharsRef> terms = new ArrayList<>();
        for (String term : line.split("[,，]")) {
          List<String> tokens = tokens(base, term.strip());
          if (!tokens.isEmpty()) {
            terms.add(SynonymMap.Builder.join(tokens.toArray(String[]::new), new CharsRefBuilder()));
          }
        }
        for (CharsRef from : terms) {
          for (CharsRef to : terms) {
            if (!from.equals(to)) {
              builder.add(from, to, true);
              pairs++;
            }
          }
        }
      }
      return pairs == 0 ? none(base) : new QuerySynonyms(base, builder.build(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the synonym map of " + LIST, e);
    }
  }

  /**
   * The token paths of a word: the word's own tokens first, then each synonym path, at most
   * {@value #MAX_VARIANTS}. Positions keep the gaps of dropped stop words.
   */
  public List<List<QueryFactory.Token>> variants(String text) {
    List<List<QueryFactory.Token>> out = new ArrayList<>();
    out.add(read(base, text));
    if (empty) {
      return out;
    }
    try (TokenStream ts = withSynonyms.tokenStream("body", text)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
      Iterator<TokenStream> paths = graph.getFiniteStrings();
      while (paths.hasNext() && out.size() < MAX_VARIANTS) {
        List<QueryFactory.Token> path = read(paths.next());
        if (!path.isEmpty() && !out.contains(path)) {
          out.add(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze query [" + text + "]", e);
    }
    return out;
  }

  private static List<QueryFactory.Token> read(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      return read(ts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze query [" + text + "]", e);
    }
  }

  private static List<QueryFactory.Token> read(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    List<QueryFactory.Token> tokens = new ArrayList<>();
    ts.reset();
    int position = -1;
    while (ts.incrementToken()) {
      position += Math.max(1, inc.getPositionIncrement());
      tokens.add(new QueryFactory.Token(term.toString(), position));
    }
    ts.end();
    return tokens;
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    for (QueryFactory.Token t : read(analyzer, text)) {
      out.add(t.term());
    }
    return out;
  }
}
