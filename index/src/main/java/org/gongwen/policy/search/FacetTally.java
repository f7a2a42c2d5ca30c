package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.policy.index.FieldNames;

/**
 * Turns raw facet counts (per dimension of {@link PolicySearcher#FACETS}: each indexed value and how many
 * matching entries have it) into the facets of a {@link SearchResult}: short and full names of one unit
 * merged ({@link UnitAliases}), the most frequent {@link PolicySearcher#FACET_VALUES} values per dimension,
 * years all and in the order given, and the region dimensions ({@link PolicySearcher#REGION_FACETS})
 * derived from the issuer counts ({@link IssuerRegion}). One rule for every backend: the embedded index and
 * Solr count the values, this class decides what is shown. Immutable.
 */
public final class FacetTally {

  private final SearchVocabulary vocabulary;

  public FacetTally(SearchVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * The facets of raw counts. A dimension missing from {@code raw} has no values.
   *
   * @param raw per dimension, value → count; the year's values in ascending order
   */
  public Map<String, List<FacetCount>> facets(Map<String, Map<String, Long>> raw) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Map<String, Long> issuers = Map.of();
    for (String dim : PolicySearcher.FACETS) {
      Map<String, Long> values = raw.getOrDefault(dim, Map.of());
      if (FieldNames.YEAR.equals(dim)) {
        List<FacetCount> years = new ArrayList<>();
        values.forEach((label, count) -> years.add(new FacetCount(label, count)));
        out.put(dim, years);
        continue;
      }
      Map<String, Long> byLabel = new LinkedHashMap<>();
      boolean unit = FieldNames.UNIT.equals(dim) || FieldNames.LEAD_UNIT.equals(dim);
      values.forEach((label, count) -> byLabel.merge(unit ? vocabulary.units().canonical(label) : label, count,
          Long::sum));
      if (FieldNames.ISSUER.equals(dim)) {
        issuers = byLabel;
      }
      out.put(dim, top(byLabel));
    }
    Map<String, Map<String, Long>> regions = new LinkedHashMap<>();
    PolicySearcher.REGION_FACETS.forEach(d -> regions.put(d, new LinkedHashMap<>()));
    issuers.forEach((issuer, count) -> {
      IssuerRegion.Region r = vocabulary.regions().of(issuer);
      if (r.province() != null) {
        regions.get("province").merge(r.province(), count, Long::sum);
      }
      if (r.city() != null) {
        regions.get("city").merge(r.city(), count, Long::sum);
      }
      if (r.county() != null) {
        regions.get("county").merge(r.county(), count, Long::sum);
      }
    });
    regions.forEach((dim, byLabel) -> out.put(dim, top(byLabel)));
    return out;
  }

  /** The most frequent {@link PolicySearcher#FACET_VALUES} labels, ties by label. */
  private static List<FacetCount> top(Map<String, Long> byLabel) {
    List<FacetCount> counts = new ArrayList<>();
    byLabel.forEach((label, count) -> counts.add(new FacetCount(label, count)));
    counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return counts.size() > PolicySearcher.FACET_VALUES
        ? new ArrayList<>(counts.subList(0, PolicySearcher.FACET_VALUES)) : counts;
  }
}
