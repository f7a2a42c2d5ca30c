package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gongwen.policy.index.EntryType;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

  private final QuerySyntax syntax = new QuerySyntax();

  @Test
  void freeTextOnly() {
    ParsedQuery q = syntax.parse("  高新技术企业   培育 ");
    assertEquals("高新技术企业 培育", q.text());
    assertEquals(Filters.NONE, q.filters());
  }

  @Test
  void nullAndBlank() {
    assertEquals(new ParsedQuery("", Filters.NONE), syntax.parse(null));
    assertEquals(new ParsedQuery("", Filters.NONE), syntax.parse("   "));
  }

  @Test
  void everyKeywordFilter() {
    ParsedQuery q = syntax.parse("科技 type:TARGET unit:区科技局 lead:区科技局 issuer:温州市鹿城区人民政府 kind:Increase measure:家 comparator:>=");
    Filters f = q.filters();
    assertEquals("科技", q.text());
    assertEquals(EntryType.TARGET, f.type());
    assertEquals("区科技局", f.unit());
    assertEquals("区科技局", f.lead());
    assertEquals("温州市鹿城区人民政府", f.issuer());
    assertEquals("increase", f.kind());
    assertEquals("家", f.measure());
    assertEquals(">=", f.comparator());
  }

  @Test
  void exactYearAndYearRange() {
    assertEquals(NumberRange.exactly(2024), syntax.parse("year:2024").filters().year());
    NumberRange r = syntax.parse("year:[2022 TO 2023]").filters().year();
    assertEquals(2022, r.lowestInt());
    assertEquals(2023, r.highestInt());
    NumberRange open = syntax.parse("year:{2022 TO *]").filters().year();
    assertEquals(2023, open.lowestInt());
    assertEquals(Integer.MAX_VALUE, open.highestInt());
  }

  @Test
  void valueRangesAndShorthands() {
    assertEquals(new NumberRange(100.0, true, null, true), syntax.parse("value:[100 TO *]").filters().value());
    assertEquals(new NumberRange(2.0, false, 5.0, true), syntax.parse("value:{2 TO 5]").filters().value());
    assertEquals(new NumberRange(2.0, false, null, true), syntax.parse("value:>2").filters().value());
    assertEquals(new NumberRange(2.0, true, null, true), syntax.parse("value:>=2").filters().value());
    assertEquals(new NumberRange(null, true, 10.0, false), syntax.parse("value:<10").filters().value());
    assertEquals(new NumberRange(null, true, 10.0, true), syntax.parse("value:<=10").filters().value());
    assertEquals(NumberRange.exactly(2.5), syntax.parse("value:2.5").filters().value());
    assertEquals("[100 TO *]", syntax.parse("value:[100 TO *]").filters().value().toString());
  }

  @Test
  void quotedValuesKeepSpaces() {
    ParsedQuery q = syntax.parse("issuer:\"温州市 鹿城区\" \"R&D 经费\"");
    assertEquals("温州市 鹿城区", q.filters().issuer());
    assertEquals("\"R&D 经费\"", q.text(), "a quoted phrase stays a phrase");
  }

  @Test
  void wordsThatOnlyLookLikeFilters() {
    assertEquals("R&D 目标：2024 2.5%", syntax.parse("R&D 目标：2024 2.5%").text());
    assertEquals("区科技局:牵头", syntax.parse("区科技局:牵头").text());
  }

  @Test
  void comparatorAliases() {
    assertEquals(">=", syntax.parse("comparator:≥").filters().comparator());
    assertEquals("~", syntax.parse("comparator:～").filters().comparator());
  }

  @Test
  void unknownKeyIsNamed() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> syntax.parse("科技 yaer:2024"));
    assertTrue(e.getMessage().startsWith("unknown filter [yaer]"), e.getMessage());
    assertEquals(3, e.position());
  }

  @Test
  void badValuesAreNamed() {
    assertError("year:20x4", "bad number [20x4] in [year]");
    assertError("year:24", "bad year [24]");
    assertError("value:[5 TO 1]", "empty range [5 TO 1]");
    assertError("value:[1 TO", "unclosed range in [value]");
    assertError("value:[1 2]", "bad range [[1 2]] in [value]");
    assertError("kind:level2", "unknown kind [level2]");
    assertError("comparator:>>", "unknown comparator [>>]");
    assertError("type:policy", "unknown entry type [policy]");
    assertError("unit:", "filter [unit] has no value");
    assertError("issuer:\"温州", "unclosed quote in [issuer]");
    assertError("year:2024 year:2023", "filter [year] given twice");
  }

  @Test
  void flagsAndQueryMustAgree() {
    Filters q = Filters.NONE.withYear(NumberRange.exactly(2024));
    assertEquals(q, q.and(Filters.NONE.withYear(NumberRange.exactly(2024))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> q.and(Filters.NONE.withYear(NumberRange.exactly(2023))));
    assertTrue(e.getMessage().contains("filter [year] given twice with different values [2024] and [2023]"), e.getMessage());
  }

  @Test
  void requestFromQueryString() {
    SearchRequest r = SearchRequest.parse("高新技术企业 year:2024 type:target");
    assertEquals("高新技术企业", r.query());
    assertEquals(EntryType.TARGET, r.type());
    assertNull(r.unit());
  }

  private void assertError(String query, String expectedStart) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> syntax.parse(query), query);
    assertTrue(e.getMessage().startsWith(expectedStart), query + " -> " + e.getMessage());
  }
}
