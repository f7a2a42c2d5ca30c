/**
 * The {@code evaluate} scorer of spec §8: outputs against gold files, as JSON trees.
 *
 * <p>This package owns the comparison rules and nothing else: it reads any JSON of the
 * {@code policy-doc/1} shape (spec §1) and the gold shape (spec §7) with Jackson's tree model and never
 * touches the extraction code or the model records, so a broken extractor cannot break its own scoring.
 *
 * <ul>
 *   <li>{@link org.gongwen.policy.eval.TextKey}: the one text normalization of every comparison;
 *   <li>{@link org.gongwen.policy.eval.Evaluator}: pairing of {@code <stem>.gold.json} with
 *       {@code <stem>.json}, reading, shape checks, and the per-document score;
 *   <li>package-private scorers, one per part ({@code MetadataScorer}, {@code HeadingScorer},
 *       {@code TaskScorer}, {@code TargetScorer}), all on one greedy one-to-one {@code Matching};
 *   <li>immutable results: {@link org.gongwen.policy.eval.Evaluation} →
 *       {@link org.gongwen.policy.eval.DocumentScore} → {@link org.gongwen.policy.eval.Scores}
 *       ({@link org.gongwen.policy.eval.Counts}, {@link org.gongwen.policy.eval.Accuracy}) and
 *       {@link org.gongwen.policy.eval.Details}; Jackson writes them as they are;
 *   <li>{@link org.gongwen.policy.eval.EvaluationReport}: the text table and the detail lines.
 * </ul>
 *
 * <p>Where §8 leaves room, the choices are: optional gold items are matched last and a pair with one is
 * removed from both sides (its units and comparator/kind too); ties are broken greedily by a Dice overlap
 * (indicator characters for targets, unit names for tasks with equal number and title); a gold metadata
 * {@code null} is scored, an empty list equals {@code null}; a part {@code null} or absent in the gold is
 * not scored, absent in the output is empty; a missing output scores zero everywhere; a part with no item
 * on either side, or an accuracy with nothing to judge, has {@code null} ratios ("n/a"); otherwise an
 * empty denominator gives 0.0. Totals are micro-averaged: counts are summed over documents.
 */
package org.gongwen.policy.eval;
