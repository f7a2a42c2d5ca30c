package org.gongwen.policy.search;

/**
 * A query string split into its free text and its filters.
 *
 * @param text the free-text words, joined by single spaces (empty when none)
 * @param filters the {@code key:value} filters
 */
public record ParsedQuery(String text, Filters filters) {

  public ParsedQuery {
    text = text == null ? "" : text.strip();
    filters = filters == null ? Filters.NONE : filters;
  }
}
