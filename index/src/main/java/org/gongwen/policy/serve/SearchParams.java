package org.gongwen.policy.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongwen.policy.search.Filters;
import org.gongwen.policy.search.ParsedQuery;
import org.gongwen.policy.search.QuerySyntax;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SortOrder;

/**
 * Query parameters to a {@link SearchRequest}, as the CLI's {@code search} reads its arguments:
 * {@code q} in the query language of {@link QuerySyntax}, the filter parameters ({@code type year unit
 * lead issuer kind measure comparator value}) the same filters, which must agree with {@code q}'s;
 * {@code sort}, {@code offset}, {@code limit}, {@code facets}. Every problem is a 400.
 */
public final class SearchParams {

  /** Filter parameters whose values are numbers or ranges, passed to the syntax as they are. */
  private static final List<String> RAW = List.of("type", "year", "value");
  /** Filter parameters whose values are names, quoted for the syntax. */
  private static final List<String> QUOTED = List.of("unit", "lead", "issuer", "kind", "measure", "comparator");

  private SearchParams() {}

  /**
   * The request the parameters describe.
   *
   * @param param a parameter's value, null when absent
   * @param defaultLimit limit when none is given
   * @throws ApiException 400 on bad syntax, unknown values, out-of-range paging
   */
  public static SearchRequest parse(Function<String, String> param, int defaultLimit) {
    try {
      QuerySyntax syntax = new QuerySyntax();
      ParsedQuery parsed = syntax.parse(param.apply("q"));
      List<String> parts = new ArrayList<>();
      for (String key : RAW) {
        String v = param.apply(key);
        if (v != null && !v.isBlank()) {
          parts.add(key + ":" + v.strip());
        }
      }
      for (String key : QUOTED) {
        String v = param.apply(key);
        if (v != null && !v.isBlank()) {
          if (v.indexOf('"') >= 0) {
            throw new IllegalArgumentException("parameter [" + key + "] must not contain a double quote");
          }
          parts.add(key + ":\"" + v.strip() + "\"");
        }
      }
      Filters filters = parsed.filters().and(syntax.parse(String.join(" ", parts)).filters());
      String sort = param.apply("sort");
      return new SearchRequest(parsed.text(), filters,
          sort == null || sort.isBlank() ? SortOrder.RELEVANCE : SortOrder.fromCode(sort),
          integer(param, "offset", 0), integer(param, "limit", defaultLimit), flag(param, "facets"), true);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static int integer(Function<String, String> param, String key, int absent) {
    String v = param.apply(key);
    if (v == null || v.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameter [" + key + "] must be a whole number, got [" + v + "]");
    }
  }

  private static boolean flag(Function<String, String> param, String key) {
    String v = param.apply(key);
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v.strip()) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException("parameter [" + key + "] must be true or false, got [" + v + "]");
    };
  }
}
