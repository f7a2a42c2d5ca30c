/**
 * Reading the index written by {@link org.gongwen.policy.index.PolicyIndexer}.
 *
 * <p>{@link org.gongwen.policy.search.PolicySearcher} opens an index read-only, with the analyzer the
 * index was built with, and answers {@link org.gongwen.policy.search.SearchRequest}s with a
 * {@link org.gongwen.policy.search.SearchResult}: the total, one page of ranked
 * {@link org.gongwen.policy.search.SearchHit}s and, when asked, facet counts. Totals are exact up to
 * {@link org.gongwen.policy.search.PolicySearcher#EXACT_TOTAL_UP_TO} matches; past that a search without
 * facets stops counting once its page is certain (Lucene's total-hits threshold: block-max WAND skips
 * entries that cannot reach the page) and marks the total as a lower bound ({@code totalRelation gte}).
 * Facets are counted in a second, score-free pass over every match
 * ({@link org.gongwen.policy.search.FacetCounter}: per-segment ordinals), which also gives the exact
 * total. A query searches the index's slices ({@link org.gongwen.policy.search.IndexSlices}: one per core)
 * in parallel, each slice with its own page and count, so results do not depend on thread timing;
 * {@link org.gongwen.policy.search.SearchTuning} names these choices, and the previous way (one thread,
 * Lucene's facet counts over {@link org.gongwen.policy.search.FacetStateCache}'s ordinal
 * state) stays selectable for {@code bench load --compare-with before}. A
 * {@link org.apache.lucene.search.SearcherManager} holds the reader ({@code refresh()} moves to the
 * latest commit).
 * <ul>
 *   <li>{@link org.gongwen.policy.search.QuerySyntax} parses the query language (free words plus
 *       {@code key:value} filters, ranges) into a {@link org.gongwen.policy.search.ParsedQuery}; bad syntax
 *       is a {@link org.gongwen.policy.search.QuerySyntaxException} naming the part in brackets;
 *       {@link org.gongwen.policy.search.TextQuery} reads the free text as a boolean expression
 *       ({@code AND OR NOT - ( ) "phrase"}, as Lucene's classic parser);
 *   <li>{@link org.gongwen.policy.search.SearchVocabulary}: the lexicon's {@code search/} lists —
 *       {@link org.gongwen.policy.search.QuerySynonyms} (query-time SynonymGraphFilter paths),
 *       {@link org.gongwen.policy.search.UnitAliases} (short and full unit names, one canonical key) and
 *       {@link org.gongwen.policy.search.IssuerRegion} (province / city / county of an issuer, for facets);
 *   <li>{@link org.gongwen.policy.search.QueryFactory} turns a request into a Lucene query: free text is
 *       analyzed; every token must occur in at least one of the entry type's text fields (documents: title,
 *       body; tasks: title, section, body, unit names; targets: indicator, scope), and adjacent tokens in
 *       one field score higher. A target's evidence sentence is shown, not searched: one sentence states
 *       several targets, and {@code 高新技术企业} must not find the {@code 科技型中小企业} target next to it. A
 *       query equal to a document number, an issuer or a unit matches that keyword too.
 *       {@link org.gongwen.policy.search.Filters} are filter clauses (no effect on the ranking); unit and
 *       lead filters accept the exact keyword or the name as a phrase of the analyzed unit text;
 *   <li>sorting ({@link org.gongwen.policy.search.SortOrder}) by relevance, value or year uses doc values;
 *       facets count issuer, unit, lead unit, measure and kind over sorted-set doc values, and year over
 *       the numeric year doc values ({@link org.gongwen.policy.search.FacetCounter}); an issuer filter
 *       matches the issuer terms containing its text ({@link org.gongwen.policy.search.ContainsTermQuery});
 *   <li>{@link org.gongwen.policy.search.FacetTally} (which facet values are shown: unit names merged, top
 *       values, regions) and {@link org.gongwen.policy.search.HitReader} (a hit from an entry's stored fields)
 *       are shared with the Solr backend ({@code org.gongwen.policy.solr}), so both answer alike;
 *   <li>{@link org.gongwen.policy.search.TermMarker} marks query words in a hit's evidence or title
 *       ({@link org.gongwen.policy.search.Highlight});
 *   <li>{@link org.gongwen.policy.search.CompareRow}: one target in the side-by-side comparison;
 *       {@link org.gongwen.policy.search.ComparePivot} lines them up as indicator × year;
 *       {@link org.gongwen.policy.search.HitTable} turns hits into a table; both give a
 *       {@link org.gongwen.policy.search.TableData} that {@link org.gongwen.policy.search.CsvWriter} (UTF-8
 *       with BOM, RFC 4180) and {@link org.gongwen.policy.search.XlsxWriter} (one-sheet workbook) export;
 *   <li>measurement: {@link org.gongwen.policy.search.RelevanceSet} and
 *       {@link org.gongwen.policy.search.RelevanceRun} (recall@k, MRR; keys from
 *       {@link org.gongwen.policy.search.HitKey}), {@link org.gongwen.policy.search.SyntheticCorpus} and
 *       {@link org.gongwen.policy.search.LoadBench} (latency percentiles per query kind at several index
 *       sizes, 100k to 1M targets, measured in one process).
 * </ul>
 */
package org.gongwen.policy.search;
