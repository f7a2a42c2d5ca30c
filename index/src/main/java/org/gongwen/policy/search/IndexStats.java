package org.gongwen.policy.search;

/** Entry counts of an index, by type. */
public record IndexStats(long documents, long tasks, long targets) {}
