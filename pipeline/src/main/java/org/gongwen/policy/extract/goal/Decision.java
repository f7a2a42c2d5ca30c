package org.gongwen.policy.extract.goal;

import org.gongwen.policy.model.Span;

/**
 * Why a number was kept as a target or rejected ({@code extract --explain}): the number as printed, its span
 * in the normalized text, and the rule that decided.
 */
public record Decision(String raw, Span span, boolean kept, String rule) {}
