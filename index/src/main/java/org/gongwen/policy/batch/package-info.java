/**
 * Bulk extraction and import that loses nothing: a streaming, sorted directory walk ({@link InputWalk})
 * that ends on link cycles, stays inside the trees it was given and reports special files, filtered by
 * {@link PathFilter} ({@code --include}/{@code --exclude}),
 * a bounded worker pool whose results are consumed in input order ({@link BatchRunner}), per-file
 * isolation in child JVMs ({@link ChildProcessWorker}, protocol in {@link WorkerMain}), in process
 * ({@link InProcessWorker}) or by risk ({@link IsolationRiskRule}, {@link RiskRoutingWorker}: text and
 * HTML in process, other formats in a child), index additions on several threads settled in input order
 * ({@link IndexSink}), one {@link Outcome} per input, {@code failures.jsonl} ({@link JsonlLog}),
 * the incremental-index {@link Manifest}, progress display ({@link Progress}) and the torture-corpus
 * generator ({@link CorpusGenerator}).
 *
 * <p>Every entry ends in exactly one outcome: extracted, skipped-unchanged, skipped (with an
 * {@link InputWalk.Skip} reason; {@link NotADocumentRule} turns an unsupported file that is no document
 * by name either into a skip), duplicate, or failed with a reason code (the
 * {@link org.gongwen.policy.ingest.InputException.Reason} codes plus {@code internal}, {@code timeout},
 * {@code crashed}). Child workers answer over a private Unix-domain socket ({@link SocketStreams}).
 */
package org.gongwen.policy.batch;
