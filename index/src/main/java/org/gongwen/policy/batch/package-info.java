/**
 * Bulk extraction and import that loses nothing: a streaming, sorted directory walk ({@link InputWalk}),
 * a bounded worker pool whose results are consumed in input order ({@link BatchRunner}), per-file
 * isolation in child JVMs ({@link ChildProcessWorker}, protocol in {@link WorkerMain}) or in process
 * ({@link InProcessWorker}), one {@link Outcome} per input, {@code failures.jsonl} ({@link JsonlLog}),
 * the incremental-index {@link Manifest}, progress display ({@link Progress}) and the torture-corpus
 * generator ({@link CorpusGenerator}).
 *
 * <p>Every input file ends in exactly one outcome: extracted, skipped-unchanged, duplicate, or failed
 * with a reason code (the {@link org.gongwen.policy.ingest.InputException.Reason} codes plus
 * {@code internal}, {@code timeout}, {@code crashed}).
 */
package org.gongwen.policy.batch;
