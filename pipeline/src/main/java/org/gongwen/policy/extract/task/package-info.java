/**
 * Tasks and their responsible units (extraction-spec §4).
 *
 * <p>Body tasks: every unit clause is owned by one heading, found by {@link
 * org.gongwen.policy.extract.task.ClauseOwner}; that heading is a task, and the units of all its clauses
 * are its units, each once. Clauses ({@link org.gongwen.policy.extract.task.UnitClauseFinder}) are labelled
 * ({@code （责任单位：…）}, {@code （负责部门：…；适用范围：…）}, in any bracket kind or on their own line)
 * or unlabelled, as central and provincial documents print them ({@code （X牵头，Y参与）},
 * {@code （A、B负责）}: {@link org.gongwen.policy.extract.task.RoleClauseRule}). Units are parsed by
 * {@link org.gongwen.policy.extract.task.UnitClauseParser} and named by
 * {@link org.gongwen.policy.extract.task.UnitNameRule}; lead marks are {@code *}, 牵头 labels and verbs,
 * and a convention the document states ({@link org.gongwen.policy.extract.task.LeadConventionRule}).
 *
 * <p>Table tasks: each row or sub-row of a table whose columns
 * {@link org.gongwen.policy.extract.task.UnitColumnRule} accepts ({@link
 * org.gongwen.policy.extract.task.TableTaskReader}). A document that names no unit anywhere gets the leaf
 * items of its task parts ({@link org.gongwen.policy.extract.task.TaskPartRule}), unless it is a regulation
 * or the part is mostly benefits ({@link org.gongwen.policy.extract.task.BenefitItemRule}).
 *
 * <p>Word lists are the lexicon's {@code task/} lists, read once into
 * {@link org.gongwen.policy.extract.task.TaskWords}; every rule is built in
 * {@code PolicyPipeline.taskExtractor} (the composition root) and injected.
 */
package org.gongwen.policy.extract.task;
