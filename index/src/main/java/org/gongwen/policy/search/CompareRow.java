package org.gongwen.policy.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;

/**
 * One target in a side-by-side comparison.
 *
 * @param indicator what is measured
 * @param value value in the base unit
 * @param unit measure word, or null
 * @param year due year, or null
 * @param comparator {@code >=}, {@code <=}, {@code ~}, {@code =}
 * @param kind level, increase, growth, share, annual; null when unknown
 * @param issuer the policy's issuers, joined with {@code 、}; null when unknown
 * @param title the policy's display title
 * @param file the policy's source file
 * @param scope area or body the target is for, or null
 */
@JsonPropertyOrder({"indicator", "value", "unit", "year", "comparator", "kind", "issuer", "title", "file", "scope"})
public record CompareRow(
    String indicator,
    @JsonSerialize(using = PlainNumber.Serializer.class) Double value,
    String unit,
    Integer year,
    String comparator,
    String kind,
    String issuer,
    String title,
    String file,
    String scope) {

  /** Indicator, then year (undated last), then issuer, file, scope, value. */
  public static final Comparator<CompareRow> ORDER = Comparator
      .comparing(CompareRow::indicator, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(CompareRow::year, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(CompareRow::issuer, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(CompareRow::file, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(CompareRow::scope, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(CompareRow::value, Comparator.nullsLast(Comparator.naturalOrder()));
}
