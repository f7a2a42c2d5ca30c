package org.gongwen.policy.extract.goal;

import org.gongwen.policy.model.Span;
import org.gongwen.policy.structure.PartRole;

/**
 * Why a number was kept as a target or rejected ({@code extract --explain}): the number as printed, its span
 * in the normalized text, the rule that decided and the role of the part holding it.
 */
public record Decision(String raw, Span span, boolean kept, String rule, PartRole role) {}
