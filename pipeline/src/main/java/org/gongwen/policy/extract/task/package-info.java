/**
 * Tasks and their responsible units (extraction-spec §4).
 *
 * <p>Body tasks: every unit clause ({@code （责任单位：…）}, {@code （牵头单位：…，责任单位：…）}, in any bracket
 * kind or on its own line) is owned by one heading, found by {@link
 * org.gongwen.policy.extract.task.ClauseOwner}; that heading is a task. Table tasks: each row or sub-row
 * of a table with a unit column. A document with no clause at all gets the leaf items of its task part.
 * Units are parsed by {@link org.gongwen.policy.extract.task.UnitClauseParser}, which knows the lead
 * marks ({@code *}, 牵头单位, conventions the document states).
 */
package org.gongwen.policy.extract.task;
