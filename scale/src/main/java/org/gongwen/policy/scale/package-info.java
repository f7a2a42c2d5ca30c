/**
 * Extraction on Apache Spark ({@code spark-extract}): the same {@link org.gongwen.policy.pipeline.PolicyPipeline}
 * as {@code policy extract}, one input file per record, on the executors of a Spark cluster or of
 * {@code local[N]}. Owns the job ({@link org.gongwen.policy.scale.SparkExtractJob}), the executor-side step
 * that turns one file's bytes into one {@link org.gongwen.policy.scale.FileResult}
 * ({@link org.gongwen.policy.scale.FileExtractor}), the output layout of a run
 * ({@link org.gongwen.policy.scale.RunLayout}), the content hashes of earlier runs that make a run incremental
 * ({@link org.gongwen.policy.scale.PreviousHashes}), and the command line
 * ({@link org.gongwen.policy.scale.ScaleMain}). Outcomes, failure codes, the per-file time limit and the
 * not-a-document rule are the batch package's, so a Spark run reports what {@code extract} and {@code index}
 * report.
 */
package org.gongwen.policy.scale;
