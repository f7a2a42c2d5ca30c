package org.gongwen.policy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.gongwen.policy.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordAlternationTest {

  private static final Lexicon LEXICON = Lexicon.standard();

  /** Words in list order, the text, then: whether found, start of the first match, end of the last, whether position 3 is covered. */
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "达到,达|力争达到五成|true|2|4|true",
      "达,达到|力争达到五成|true|2|3|false",
      "建成,建设|先建设后建成|true|1|6|false",
      "以上|一二三|false|-1|-1|false",
      "不超过,超过|数量不超过十|true|2|5|true",
      "超过,不超过|数量不超过十|true|2|5|true",
      "AB,B|xAB B|true|1|5|false",
      "年|2025年底|true|4|5|false",
  })
  void findsWhatTheRegexFinds(String words, String text, boolean found, int start, int lastEnd, boolean covers3) {
    WordAlternation w = new WordAlternation(List.of(words.split(",")));
    assertEquals(found, w.find(text));
    assertEquals(start, w.start(text, 0, text.length()));
    assertEquals(lastEnd, w.lastEnd(text));
    assertEquals(covers3, w.covers(text, 3));
  }

  @Test
  void aWordMustEndInsideTheRegion() {
    WordAlternation w = new WordAlternation(List.of("给予补助"));
    assertEquals(-1, w.start("按规定给予补助", 0, 6));
    assertEquals(3, w.start("按规定给予补助", 0, 7));
    assertEquals(-1, w.start("按规定给予补助", 4, 7));
  }

  @Test
  void emptyWordsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new WordAlternation(List.of("达到", "")));
  }

  /**
   * Random texts made of pieces of a real lexicon list's words, other Han letters and spaces: every
   * answer equals the regex's ({@code find}, first start, the end of the last of successive matches, and
   * whether a match covers each position).
   */
  @ParameterizedTest
  @ValueSource(strings = {"target/goal-words", "target/condition-words", "target/benefit-words", "target/past-words",
      "target/name-words", "target/fact-words", "target/increase-verbs", "target/level-verbs"})
  void agreesWithTheRegexOnRandomTexts(String list) {
    WordAlternation w = WordAlternation.longestFirst(LEXICON, list);
    List<String> words = LEXICON.longestFirst(list);
    Random random = new Random(list.hashCode());
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int k = 0; k < pieces; k++) {
        String word = words.get(random.nextInt(words.size()));
        int from = random.nextInt(3) == 0 ? random.nextInt(word.length()) : 0;
        int to = random.nextInt(3) == 0 ? from + random.nextInt(word.length() - from + 1) : word.length();
        b.append(word, from, to).append(random.nextInt(4) == 0 ? " " : random.nextInt(3) == 0 ? "的" : "");
      }
      String text = b.toString();
      Matcher m = w.pattern().matcher(text);
      List<int[]> matches = new ArrayList<>();
      while (m.find()) {
        matches.add(new int[] {m.start(), m.end()});
      }
      assertEquals(!matches.isEmpty(), w.find(text), text);
      assertEquals(matches.isEmpty() ? -1 : matches.get(0)[0], w.start(text, 0, text.length()), text);
      assertEquals(matches.isEmpty() ? -1 : matches.get(matches.size() - 1)[1], w.lastEnd(text), text);
      for (int at = 0; at < text.length(); at++) {
        final int p = at;
        assertEquals(matches.stream().anyMatch(x -> x[0] <= p && x[1] > p), w.covers(text, at), text + " @" + at);
      }
    }
  }
}
