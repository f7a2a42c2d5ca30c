package org.gongwen.policy.extract.task;

import org.gongwen.policy.model.Span;

/**
 * A unit clause found in the body: the line it is on, its span (brackets included) and its content
 * (brackets excluded). {@code ownLine} is true when the clause is the whole line.
 */
public record UnitClause(int line, Span span, String content, boolean ownLine) {}
