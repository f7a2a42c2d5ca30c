package org.gongwen.policy.search;

import org.gongwen.policy.lexicon.Lexicon;

/**
 * The word lists the search uses, read once from the lexicon ({@code search/…}): query synonyms (as
 * groups, analyzed later with each index's own analyzer), unit aliases and issuer regions. Immutable.
 *
 * @param lexicon the lexicon holding {@link QuerySynonyms#LIST} (kept to build the synonyms per analyzer)
 * @param units short and full unit names
 * @param regions province / city / county of an issuer
 */
public record SearchVocabulary(Lexicon lexicon, UnitAliases units, IssuerRegion regions) {

  /** The project's lexicon. */
  public static SearchVocabulary standard() {
    return from(Lexicon.standard());
  }

  /** The lists of this lexicon. */
  public static SearchVocabulary from(Lexicon lexicon) {
    return new SearchVocabulary(lexicon, UnitAliases.from(lexicon), IssuerRegion.from(lexicon));
  }

  /** The synonyms analyzed with the index's analyzer. */
  public QuerySynonyms synonyms(org.apache.lucene.analysis.Analyzer analyzer) {
    return QuerySynonyms.from(lexicon, analyzer);
  }
}
