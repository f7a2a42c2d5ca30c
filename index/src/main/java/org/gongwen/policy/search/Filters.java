package org.gongwen.policy.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongwen.policy.index.EntryType;

/**
 * The filter clauses of a search: each null means "no such filter". Filters never change the ranking.
 *
 * @param type only entries of this type
 * @param year a target's due year, a document's signing year, in this range
 * @param unit entries naming this responsible unit (exact, or as a phrase of the unit text: 科技局 finds 区科技局)
 * @param lead entries whose lead units include this unit (exact, or as a phrase of the lead unit text)
 * @param issuer entries of policies issued by this organ (exact)
 * @param kind targets of this kind: level, increase, growth, share, annual
 * @param measure targets in this measure word: 家, %, 元…
 * @param comparator targets with this comparator: {@code >=}, {@code <=}, {@code ~}, {@code =}
 * @param value targets whose value (in the base unit) is in this range
 */
public record Filters(
    EntryType type,
    NumberRange year,
    String unit,
    String lead,
    String issuer,
    String kind,
    String measure,
    String comparator,
    NumberRange value) {

  /** The kinds a target can have. */
  public static final Set<String> KINDS = Set.of("level", "increase", "growth", "share", "annual");
  /** The comparators a target can have. */
  public static final Set<String> COMPARATORS = Set.of(">=", "<=", "~", "=");

  /** No filters at all. */
  public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null);

  public Filters {
    unit = blankToNull(unit);
    lead = blankToNull(lead);
    issuer = blankToNull(issuer);
    measure = blankToNull(measure);
    kind = blankToNull(kind);
    comparator = blankToNull(comparator);
    if (kind != null && !KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind [" + kind + "]: expected level, increase, growth, share or annual");
    }
    if (comparator != null && !COMPARATORS.contains(comparator)) {
      throw new IllegalArgumentException("unknown comparator [" + comparator + "]: expected >=, <=, ~ or =");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Filters withType(EntryType v) {
    return new Filters(v, year, unit, lead, issuer, kind, measure, comparator, value);
  }

  public Filters withYear(NumberRange v) {
    return new Filters(type, v, unit, lead, issuer, kind, measure, comparator, value);
  }

  public Filters withUnit(String v) {
    return new Filters(type, year, v, lead, issuer, kind, measure, comparator, value);
  }

  public Filters withLead(String v) {
    return new Filters(type, year, unit, v, issuer, kind, measure, comparator, value);
  }

  public Filters withIssuer(String v) {
    return new Filters(type, year, unit, lead, v, kind, measure, comparator, value);
  }

  public Filters withKind(String v) {
    return new Filters(type, year, unit, lead, issuer, v, measure, comparator, value);
  }

  public Filters withMeasure(String v) {
    return new Filters(type, year, unit, lead, issuer, kind, v, comparator, value);
  }

  public Filters withComparator(String v) {
    return new Filters(type, year, unit, lead, issuer, kind, measure, v, value);
  }

  public Filters withValue(NumberRange v) {
    return new Filters(type, year, unit, lead, issuer, kind, measure, comparator, v);
  }

  /**
   * These filters plus {@code other}'s. A filter set on both sides must be equal.
   *
   * @throws IllegalArgumentException naming the filter and both values when they differ
   */
  public Filters and(Filters other) {
    return new Filters(
        pick("type", type, other.type),
        pick("year", year, other.year),
        pick("unit", unit, other.unit),
        pick("lead", lead, other.lead),
        pick("issuer", issuer, other.issuer),
        pick("kind", kind, other.kind),
        pick("measure", measure, other.measure),
        pick("comparator", comparator, other.comparator),
        pick("value", value, other.value));
  }

  private static <T> T pick(String name, T mine, T theirs) {
    if (mine == null) {
      return theirs;
    }
    if (theirs != null && !Objects.equals(mine, theirs)) {
      throw new IllegalArgumentException("filter [" + name + "] given twice with different values ["
          + display(mine) + "] and [" + display(theirs) + "]");
    }
    return mine;
  }

  private static String display(Object v) {
    return v instanceof EntryType t ? t.code() : String.valueOf(v);
  }

  /** The filters set, in declaration order, as query-syntax strings (for echoing a request). */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    if (type != null) {
      m.put("type", type.code());
    }
    putIf(m, "year", year);
    putIf(m, "unit", unit);
    putIf(m, "lead", lead);
    putIf(m, "issuer", issuer);
    putIf(m, "kind", kind);
    putIf(m, "measure", measure);
    putIf(m, "comparator", comparator);
    putIf(m, "value", value);
    return m;
  }

  private static void putIf(Map<String, String> m, String key, Object v) {
    if (v != null) {
      m.put(key, v.toString());
    }
  }
}
