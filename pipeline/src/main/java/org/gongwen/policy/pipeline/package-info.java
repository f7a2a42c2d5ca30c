/**
 * The composition root: {@link org.gongwen.policy.pipeline.PolicyPipeline} names every concrete step
 * once and runs them in order (read, normalize, outline, metadata, tasks, targets, tables) for one file.
 * Steps hold no per-document state, so one pipeline serves many threads.
 */
package org.gongwen.policy.pipeline;
