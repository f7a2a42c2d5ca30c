package org.gongwen.policy.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void alternationsKeepFileOrderAndQuoteEachWord() {
    Lexicon lexicon = Lexicon.of(Map.of("w", List.of("抄送", "抄报", "a.b"), "c", List.of("和", "及", "-")));
    String alternation = lexicon.alternation("w");
    assertTrue("抄报".matches(alternation));
    assertFalse("axb".matches(alternation), "a dot in a word is no wildcard");
    assertEquals(List.of("抄送"), find(alternation, "抄送：市委"));
    String spaced = lexicon.spacedAlternation("w");
    assertTrue("抄  送".matches(spaced));
    assertTrue("抄送".matches(spaced));
    assertFalse("抄送报".matches(spaced));
    String letters = lexicon.characterClass("c");
    assertEquals("[和及\\-]", letters);
    assertEquals("甲、乙、丙、丁", "甲和乙及丙-丁".replaceAll(letters, "、"));
  }

  @Test
  void characterClassRejectsAWordOfTwoLetters() {
    Lexicon lexicon = Lexicon.of(Map.of("c", List.of("和", "以及")));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lexicon.characterClass("c"));
    assertEquals("word list c holds single letters, not: 以及", e.getMessage());
  }

  private static List<String> find(String regex, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
