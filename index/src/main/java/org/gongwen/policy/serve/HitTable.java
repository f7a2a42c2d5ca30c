package org.gongwen.policy.serve;

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
      "number", "title", "section", "units", "indicator", "value", "unit", "comparator", "year", "kind", "scope",
      "raw", "evidence", "file", "docId", "ordinal");

  /** Index of the numeric columns (written as numbers in XLSX). */
  public static final int VALUE = COLUMNS.indexOf("value");
  public static final int YEAR = COLUMNS.indexOf("year");

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

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
