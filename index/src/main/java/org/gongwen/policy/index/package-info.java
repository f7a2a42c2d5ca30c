/**
 * Writing {@link org.gongwen.policy.model.PolicyDocument}s into a Lucene index.
 *
 * <p>One policy becomes several Lucene documents, each with a {@link org.gongwen.policy.index.FieldNames#TYPE
 * type} ({@link org.gongwen.policy.index.EntryType}): one {@code document} entry for the policy itself,
 * one {@code task} entry per task and one {@code target} entry per target. Every entry carries the policy
 * id ({@code docId}) and its source file ({@code file}); the file is the replacement key, so indexing
 * the same file again replaces all of its entries in one atomic update and never duplicates them.
 *
 * <p>The steps, one small class each, composed in {@link org.gongwen.policy.index.PolicyIndexer}:
 * <ul>
 *   <li>{@link org.gongwen.policy.index.LuceneEntries}: a policy to its Lucene documents (pure, no I/O);
 *   <li>{@link org.gongwen.policy.index.KeywordBound}: keyword terms and doc values cut to what Lucene accepts;
 *   <li>{@link org.gongwen.policy.index.EvidenceWindow}: the sentence around a target's span;
 *   <li>{@link org.gongwen.policy.index.RepeatedTextAnalysis}: a text value repeated among one policy's
 *       entries (evidence sentences, unit names, section headings) analyzed once and replayed, token for
 *       token the same index;
 *   <li>{@link org.gongwen.policy.index.Analyzers}: the one place that decides how Chinese text is
 *       tokenized (smartcn by default; CJK bigrams and {@link org.gongwen.policy.index.HanLpTokenizer}
 *       selectable), shared by indexing and searching; its name is written into the commit data so a
 *       searcher analyzes queries the same way and a writer refuses to mix analyzers in one index.
 * </ul>
 */
package org.gongwen.policy.index;
