/**
 * The composition root: {@link org.gongwen.policy.pipeline.PolicyPipeline} names every concrete step
 * once and runs them in order (read, normalize, outline, metadata, page-box fill, tasks, targets, tables)
 * for one file. {@link org.gongwen.policy.pipeline.PageMetadataFiller} fills metadata the text lacks from a
 * web page's 信息公开 box, flagged by a {@code page-metadata:} warning.
 * Steps hold no per-document state, so one pipeline serves many threads.
 */
package org.gongwen.policy.pipeline;
