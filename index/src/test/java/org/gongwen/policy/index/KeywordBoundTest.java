package org.gongwen.policy.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case table of {@link KeywordBound}: short values pass, long ones are cut at a character boundary. */
class KeywordBoundTest {

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({
      "区科技局, 1, false",
      "a, 4096, false",
      "a, 4097, true",
      "关, 1365, false", // 4095 bytes
      "关, 1366, true", // 4098 bytes: 3-byte characters are not split
      "😀, 2000, true", // 4-byte characters (surrogate pairs) are not split
  })
  void cutsOnlyWhatLuceneCouldRefuse(String unit, int times, boolean cut) {
    String value = unit.repeat(times);
    String term = KeywordBound.text(value);
    int bytes = term.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= KeywordBound.MAX_BYTES, bytes + " bytes");
    if (cut) {
      assertTrue(term.endsWith(KeywordBound.MARKER), term);
      String kept = term.substring(0, term.length() - KeywordBound.MARKER.length());
      assertTrue(value.startsWith(kept) && kept.length() % unit.length() == 0, "whole characters kept");
    } else {
      assertEquals(value, term);
    }
  }
}
