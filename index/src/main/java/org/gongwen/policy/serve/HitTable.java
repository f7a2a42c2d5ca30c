package org.gongwen.policy.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.search.PlainNumber;
import org.gongwen.policy.search.SearchHit;

/**
 * Search hits as a flat table for the CSV and XLSX exports: one row per hit, the columns named as the
 * hit's JSON fields; lists joined with {@code 、}, lead units starting with {@code *}. Cells that do not
 * apply to a hit's type are empty.
 */
public final class HitTable {

  /** The header row. */
  public static final List<String> COLUMNS = List.of("type", "policyTitle", "docNumber", "signedDate", "issuers",
      "number", "title", "section", "units", "indicator", "printed", "value", "unit", "comparator", "year", "kind", "scope",
      "raw", "evidence", "file", "docId", "ordinal");

  /** Index of the numeric columns (written as numbers in XLSX). */
  public static final int VALUE = COLUMNS.indexOf("value");
  public static final int YEAR = COLUMNS.indexOf("year");

  private static final ObjectMapper JSON = new ObjectMapper();

  private HitTable() {}

  /** The cells of one hit, in {@link #COLUMNS} order; never null. */
  public static List<String> row(SearchHit h) {
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(h.type());
    r.add(nz(h.policyTitle()));
    r.add(nz(h.docNumber()));
    r.add(nz(h.signedDate()));
    r.add(h.issuers() == null ? "" : String.join("、", h.issuers()));
    r.add(nz(h.number()));
    r.add(nz(h.title()));
    r.add(nz(h.section()));
    r.add(h.units() == null ? "" : String.join("、", h.units()));
    r.add(nz(h.indicator()));
    r.add(printed(h));
    r.add(h.value() == null ? "" : PlainNumber.format(h.value()));
    r.add(nz(h.unit()));
    r.add(nz(h.comparator()));
    r.add(h.year() == null ? "" : h.year().toString());
    r.add(nz(h.kind()));
    r.add(nz(h.scope()));
    r.add(nz(h.raw()));
    r.add(nz(h.evidence()));
    r.add(nz(h.file()));
    r.add(nz(h.docId()));
    r.add(h.ordinal() == null ? "" : h.ordinal().toString());
    return r;
  }

  /**
   * The target's number and measure word as the document printed them ({@code 180亿元}), from the
   * stored target JSON's {@code printed}; empty when the extraction did not record it.
   */
  static String printed(SearchHit h) {
    if (!"target".equals(h.type()) || h.item() == null) {
      return "";
    }
    try {
      JsonNode p = JSON.readTree(h.item()).get("printed");
      if (p == null || !p.isObject() || !p.hasNonNull("value")) {
        return "";
      }
      String unit = p.hasNonNull("unit") ? p.get("unit").asText() : "";
      return PlainNumber.format(p.get("value").asDouble()) + unit;
    } catch (IOException e) {
      return "";
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
