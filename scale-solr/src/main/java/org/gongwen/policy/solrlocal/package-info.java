/**
 * A local SolrCloud for the policy index: {@link org.gongwen.policy.solrlocal.LocalSolrCloud} starts ZooKeeper and
 * Solr nodes in one JVM with the configset of {@code scale/solr/configsets/policy} and creates the collection;
 * {@link org.gongwen.policy.solrlocal.SolrLocalCommand} is the {@code solr-local} command of
 * {@code scale-solr/target/policy-solr.jar}. The client side (indexing and searching over HTTP) is in the index
 * module, {@code org.gongwen.policy.solr}.
 */
package org.gongwen.policy.solrlocal;
