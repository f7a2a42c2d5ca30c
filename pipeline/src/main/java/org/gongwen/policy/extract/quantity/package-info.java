/**
 * Numbers and quantities for target extraction (extraction-spec §5 {@code value}, {@code unit},
 * {@code low}/{@code high}).
 *
 * <p>{@link org.gongwen.policy.extract.quantity.ChineseNumber} parses one numeral string
 * ({@code 120万}, {@code 一千二百万}, {@code 二〇二二}, {@code １．５}) to a double.
 * {@link org.gongwen.policy.extract.quantity.QuantityParser} finds every quantity expression in a text
 * and returns {@link org.gongwen.policy.extract.quantity.Quantity} records in text order: value in the base
 * unit (multipliers applied), canonical unit from {@code measure-words.txt}
 * ({@link org.gongwen.policy.extract.quantity.MeasureWords}), a {@link org.gongwen.policy.extract.quantity.Fuzz}
 * for words that belong to the number (上百万, 1000余亩, 约, 1至2名) and a
 * {@link org.gongwen.policy.extract.quantity.QuantityKind} telling amounts from dates, 288(38) brackets and
 * names made of numbers. Comparators (以上, 左右, 不少于), years due and indicators are the job of
 * {@link org.gongwen.policy.extract.goal}, not this package's.
 *
 * <p>Invariants: offsets are UTF-16 indices into the string given to {@code parse}, and
 * {@code text.substring(q.start(), q.end()).equals(q.raw())}; quantities do not overlap; everything is
 * immutable and stateless, so one parser may be shared.
 */
package org.gongwen.policy.extract.quantity;
