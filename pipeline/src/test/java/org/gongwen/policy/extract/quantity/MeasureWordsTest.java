package org.gongwen.policy.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gongwen.policy.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MeasureWords#at} looks up only the lengths of the units that start with the character at the position;
 * it must answer exactly as the plain longest-first lookup of every length does.
 */
class MeasureWordsTest {

  private static final MeasureWords UNITS = MeasureWords.standard();

  /** Text, position, then the unit found and where it ends ({@code -} for none). */
  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "120万平方米|4|平方米|7",
      "15个工作日|2|个|3",
      "75 人|3|人|4",
      "30％以上|2|%|3",
      "三家企业|1|家|2",
      "一方面|1|-|-",
      "一条龙|1|-|-",
      "五成|1|-|-",
      "建设|0|-|-",
      "5|1|-|-",
  })
  void findsTheLongestUnit(String text, int pos, String unit, Integer end) {
    Optional<MeasureWords.Match> m = UNITS.at(text, pos);
    assertEquals(unit, m.map(MeasureWords.Match::unit).orElse(null));
    assertEquals(end, m.map(MeasureWords.Match::end).orElse(null));
    assertEquals(naive(readWords(), text, pos), m);
  }

  /**
   * Random texts made of the shipped units, their first letters, letters that block a unit, other Han
   * letters and digits: at every position the answer equals the plain lookup's.
   */
  @Test
  void answersAsThePlainLookupOnRandomTexts() {
    Map<String, String> words = readWords();
    Map<String, String> blocked = Lexicon.standard().pairs("quantity/blocked-next");
    List<String> pieces = new ArrayList<>(words.keySet());
    for (String w : words.keySet()) {
      pieces.add(w.substring(0, 1));
      if (w.length() > 1) {
        pieces.add(w.substring(0, w.length() - 1));
      }
    }
    blocked.values().forEach(v -> v.chars().forEach(c -> pieces.add(String.valueOf((char) c))));
    pieces.addAll(List.of("建", "设", "的", "5", "十", " ", "，"));
    Random random = new Random(14);
    int checked = 0;
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8) + 1; k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = b.toString();
      for (int pos = 0; pos <= text.length(); pos++) {
        assertEquals(naive(words, text, pos), UNITS.at(text, pos), () -> text);
        checked++;
      }
    }
    assertEquals(true, checked > 10_000);
  }

  @Test
  void aWordLongerThanTheLengthIndexIsRejected() throws IOException {
    String line = "米".repeat(Long.SIZE + 1);
    assertThrows(IllegalArgumentException.class,
        () -> MeasureWords.read(new BufferedReader(new StringReader(line)), Map.of()));
  }

  /** The lookup before the length index: every length from the longest down, one substring each. */
  private static Optional<MeasureWords.Match> naive(Map<String, String> words, String text, int pos) {
    Map<String, String> blocked = Lexicon.standard().pairs("quantity/blocked-next");
    int longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (int len = Math.min(longest, text.length() - pos); len >= 1; len--) {
      String w = text.substring(pos, pos + len);
      String unit = words.get(w);
      String after = blocked.get(w);
      boolean isBlocked = after != null && pos + len < text.length() && after.indexOf(text.charAt(pos + len)) >= 0;
      if (unit != null && !isBlocked) {
        return Optional.of(new MeasureWords.Match(pos + len, unit));
      }
    }
    return Optional.empty();
  }

  /** The shipped measure-word file as word → canonical form. */
  private static Map<String, String> readWords() {
    Map<String, String> words = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        MeasureWords.class.getResourceAsStream("measure-words.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          String[] parts = t.split("\\s+");
          words.put(parts[0], parts.length == 2 ? parts[1] : parts[0]);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return words;
  }
}
