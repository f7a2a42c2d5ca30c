package org.gongwen.policy.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviousHashesTest {

  private static String sha(String content) {
    return FileExtractor.sha256(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsEveryHashItWasGivenAndNoOther() {
    List<String> given = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      given.add(sha("notice " + i));
    }
    given.add(sha("notice 7"));
    PreviousHashes set = PreviousHashes.of(given);
    assertEquals(500, set.size(), "duplicates counted once");
    for (String s : given) {
      assertTrue(set.contains(s), s);
      assertTrue(set.contains(s.toUpperCase()), "hex is case-insensitive");
    }
    for (int i = 500; i < 1000; i++) {
      assertFalse(set.contains(sha("notice " + i)), "notice " + i);
    }
  }

  @Test
  void hashesThatShareTheFirstHalfAreTold() {
    String a = "0123456789abcdef0123456789abcdef" + "0".repeat(32);
    String b = "0123456789abcdef0123456789abcdee" + "0".repeat(32);
    String c = "0123456789abcdef0123456789abcdf0" + "0".repeat(32);
    PreviousHashes set = PreviousHashes.of(List.of(c, a));
    assertTrue(set.contains(a));
    assertTrue(set.contains(c));
    assertFalse(set.contains(b));
  }

  @Test
  void emptyHoldsNothingAndAMalformedHashIsAnError() {
    assertFalse(PreviousHashes.NONE.contains(sha("x")));
    assertThrows(IllegalArgumentException.class, () -> PreviousHashes.NONE.contains("abc"));
  }
}
