/**
 * Numeric targets (extraction-spec §5): which numbers of a document are goals it sets, with indicator,
 * comparator, year due, scope, kind and printed form. {@link org.gongwen.policy.extract.goal.TargetExtractor}
 * reads the running text ({@link org.gongwen.policy.extract.goal.ProseTargetFinder}) in its frame (part role,
 * lead-in line, plan years) and indicator tables ({@link org.gongwen.policy.extract.goal.TableTargetFinder}).
 * A number becomes a target only on positive evidence: the {@link org.gongwen.policy.extract.goal.TargetRules}
 * ask each rejecting {@link org.gongwen.policy.extract.goal.TargetRule} (benefit, condition, formula, name,
 * time limit, project fact, past period, part role) and then require a
 * {@link org.gongwen.policy.extract.goal.GoalFrameRule}; every decision can be listed
 * ({@link org.gongwen.policy.extract.goal.Decision}, {@code extract --explain}). Word lists come from the
 * lexicon ({@code lexicon/target/*.txt}) through {@link org.gongwen.policy.extract.goal.TargetWords}; the
 * quantities themselves from {@link org.gongwen.policy.extract.quantity}. Named {@code goal}, not
 * {@code target}, so the package folder never collides with Maven's build folder.
 */
package org.gongwen.policy.extract.goal;
