/**
 * Numeric targets (extraction-spec §5): which numbers of a document are goals it sets, with indicator,
 * comparator, year due, scope and kind. {@link org.gongwen.policy.extract.goal.TargetExtractor} reads the
 * running text ({@link org.gongwen.policy.extract.goal.ProseTargetFinder}) and indicator tables
 * ({@link org.gongwen.policy.extract.goal.TableTargetFinder}); the quantities themselves come from
 * {@link org.gongwen.policy.extract.quantity}. Named {@code goal}, not {@code target}, so the package
 * folder never collides with Maven's build folder.
 */
package org.gongwen.policy.extract.goal;
