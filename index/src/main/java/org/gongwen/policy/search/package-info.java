/**
 * Reading the index written by {@link org.gongwen.policy.index.PolicyIndexer}.
 *
 * <p>{@link org.gongwen.policy.search.PolicySearcher} opens an index read-only and answers
 * {@link org.gongwen.policy.search.SearchRequest}s with ranked {@link org.gongwen.policy.search.SearchHit}s.
 * {@link org.gongwen.policy.search.QueryFactory} turns a request into a Lucene query:
 * <ul>
 *   <li>free text is analyzed with {@link org.gongwen.policy.index.Analyzers#text()}; every token must
 *       occur in at least one of the entry type's text fields (documents: title, body; tasks: title,
 *       section, body, unit names; targets: indicator, scope), and adjacent tokens in one field score
 *       higher. A target's evidence sentence is shown, not searched: one sentence states several targets,
 *       and {@code 高新技术企业} must not find the {@code 科技型中小企业} target next to it. A query equal to
 *       a document number, an issuer or a unit matches that keyword too;
 *   <li>type, year and unit are filter clauses (no effect on the ranking); the unit filter accepts the
 *       exact unit keyword or the unit name as a phrase of the analyzed unit text.
 * </ul>
 */
package org.gongwen.policy.search;
