package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The char scans of {@link ProseTargetFinder} for sentence ends, clause and item breaks answer as the one-char
 * class patterns they replace ({@code [。！？!?\n]}, {@code [，,；;：:。]}, {@code [、，,；;：:。]}).
 */
class BreakScanTest {

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:。]");
  private static final Pattern ITEM_BREAK = Pattern.compile("[、，,；;：:。]");

  /** Text, position; then the clause start and item start before it and the first item break after it. */
  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', value = {
      "到2025年，全市建成50所学校、150个专业|11|7|7|16",
      "建成50所学校、150个专业|8|0|8|14",
      "力争达到80%|4|0|0|7",
      "一、总体要求：建成3个|9|7|7|11",
      "|0|0|0|0",
  })
  void findsBreaks(String text, int at, int clauseStart, int itemStart, int nextItem) {
    String t = text == null ? "" : text;
    assertEquals(clauseStart, ProseTargetFinder.lastBreak(ProseTargetFinder.CLAUSE_BREAK, t, at));
    assertEquals(itemStart, ProseTargetFinder.lastBreak(ProseTargetFinder.ITEM_BREAK, t, at));
    assertEquals(nextItem, ProseTargetFinder.nextBreak(ProseTargetFinder.ITEM_BREAK, t.substring(Math.min(at, t.length()))) + at);
  }

  @Test
  void answersAsThePatternsOnRandomTexts() {
    List<String> pieces = List.of("。", "！", "？", "!", "?", "\n", "，", ",", "；", ";", "：", ":", "、", "建成", "80%", " ",
        "学校");
    Random random = new Random(14);
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(9); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String t = b.toString();
      for (int at = 0; at <= t.length(); at++) {
        int a = at;
        assertEquals(lastBreak(CLAUSE_BREAK, t, at), ProseTargetFinder.lastBreak(ProseTargetFinder.CLAUSE_BREAK, t, at),
            () -> t + " @" + a);
        assertEquals(lastBreak(ITEM_BREAK, t, at), ProseTargetFinder.lastBreak(ProseTargetFinder.ITEM_BREAK, t, at));
        String after = t.substring(at);
        assertEquals(nextBreak(ITEM_BREAK, after), ProseTargetFinder.nextBreak(ProseTargetFinder.ITEM_BREAK, after));
        for (int end = at; end <= t.length(); end++) {
          Matcher m = SENTENCE_END.matcher(t);
          m.region(at, end);
          int expected = m.find() ? m.end() : end;
          assertEquals(expected, ProseTargetFinder.nextEnd(ProseTargetFinder.SENTENCE_END, t, at, end));
        }
      }
    }
  }

  /** The scans as they were, with the patterns. */
  private static int lastBreak(Pattern p, String s, int before) {
    int at = 0;
    Matcher m = p.matcher(s);
    m.region(0, before);
    while (m.find()) {
      at = m.end();
    }
    return at;
  }

  private static int nextBreak(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.start() : s.length();
  }
}
