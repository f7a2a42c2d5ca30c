package org.gongwen.policy.search;

/** One facet value and how many matching entries have it. */
public record FacetCount(String value, long count) {}
