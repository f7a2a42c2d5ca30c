/**
 * The policy index on a SolrCloud collection, over plain HTTP ({@link java.net.http.HttpClient} and Jackson: the
 * JSON update and JSON request APIs; no SolrJ in the main jar). The collection is created from the configset in
 * {@code scale/solr/configsets/policy}, whose field names are those of {@link org.gongwen.policy.index.FieldNames}.
 * The embedded Lucene index stays the default; {@code index --solr} and {@code search --solr} use this package.
 * <ul>
 *   <li>{@link org.gongwen.policy.solr.SolrCollection}: a collection by its URL ({@code http://host:8983/solr/policy});
 *   <li>{@link org.gongwen.policy.solr.SolrEntries}: a policy's Solr documents, made from the Lucene documents of
 *       {@link org.gongwen.policy.index.LuceneEntries}, so both indexes hold the same entries;
 *   <li>{@link org.gongwen.policy.solr.SolrIndexer}: batched JSON updates, each policy replacing its file's
 *       entries (delete by query, then add, in one request), hard commits;
 *       {@link org.gongwen.policy.solr.SolrSink}: batch outcomes to the indexer ({@code index --solr});
 *   <li>{@link org.gongwen.policy.solr.SolrQueryTranslator}: the embedded search's Lucene query, clause for
 *       clause, as Solr JSON query DSL; {@link org.gongwen.policy.solr.SolrSearcher}: requests with sort, paging
 *       and JSON facets, answers as the embedded {@link org.gongwen.policy.search.SearchResult} (same hit reader,
 *       same facet rules);
 *   <li>{@link org.gongwen.policy.solr.SolrRequestException}: Solr unreachable or answering an error, naming the
 *       collection and the request.
 * </ul>
 */
package org.gongwen.policy.solr;
