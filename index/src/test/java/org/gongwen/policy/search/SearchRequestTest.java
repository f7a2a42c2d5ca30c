package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void normalizesBlankParts() {
    SearchRequest r = new SearchRequest(null, null, null, "  ", 5);
    assertEquals("", r.query());
    assertNull(r.unit());
  }

  @Test
  void rejectsLimitOutOfRangeNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withLimit(0));
    assertTrue(e.getMessage().contains("[0]"), e.getMessage());
  }

  @Test
  void plainNumbers() {
    assertEquals("1200000", PlainNumber.format(1.2e6));
    assertEquals("100000000000", PlainNumber.format(1e11));
    assertEquals("2.5", PlainNumber.format(2.5));
    assertEquals("300", PlainNumber.format(300));
    assertEquals("0", PlainNumber.format(0));
    assertEquals("7.7", PlainNumber.format(7.7));
  }
}
