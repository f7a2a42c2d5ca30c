package org.gongwen.policy.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void everyIndexedListLoadsAndHoldsWords() {
    Lexicon lexicon = Lexicon.standard();
    for (String name : lexicon.names()) {
      assertFalse(lexicon.words(name).isEmpty(), name + " is empty");
    }
  }

  @Test
  void unknownListIsAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.standard().words("no/such-list"));
    assertEquals("no word list named no/such-list in the lexicon", e.getMessage());
  }

  @Test
  void pairsAndLongestFirst() {
    Lexicon lexicon = Lexicon.of(Map.of("x", List.of("以上\t>=", "不少于\t>=", "约"), "y", List.of("以上", "不少于", "约")));
    assertEquals(Map.of("以上", ">=", "不少于", ">=", "约", ""), lexicon.pairs("x"));
    assertEquals(List.of("不少于", "以上", "约"), lexicon.longestFirst("y"));
  }
}
