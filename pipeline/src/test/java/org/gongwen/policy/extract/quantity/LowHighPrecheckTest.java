package org.gongwen.policy.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link QuantityParser#opensBracket}, asked before the low/high bracket pattern ({@code \s*[（(]…}): true
 * exactly where that prefix of the pattern matches, so the bracket is read as before.
 */
class LowHighPrecheckTest {

  private static final Pattern PREFIX = Pattern.compile("\\s*[（(]");

  @ParameterizedTest(name = "[{0}] at {1}")
  @CsvSource(delimiter = '|', value = {
      "'120万（低线80万，高线150万）平方米'|4|true",
      "'120万 (低线80万，高线150万)'|4|true",
      "'120万平方米'|4|false",
      "'120万　（'|4|false",
      "'120万'|4|false",
  })
  void opensABracket(String text, int from, boolean expected) {
    assertEquals(expected, QuantityParser.opensBracket(text, from));
    assertEquals(expected, matchesPrefix(text, from));
  }

  @Test
  void answersAsThePatternOnRandomTexts() {
    List<String> pieces = List.of(" ", "\t", "\n", "\u000B", "\f", "\r", "　", "（", "(", "）", "低线", "8", "万", "，");
    Random random = new Random(14);
    int opened = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = b.toString();
      for (int from = 0; from <= text.length(); from++) {
        boolean expected = matchesPrefix(text, from);
        opened += expected ? 1 : 0;
        int f = from;
        assertEquals(expected, QuantityParser.opensBracket(text, from), () -> "[" + text + "] at " + f);
      }
    }
    assertTrue(opened > 100);
  }

  private static boolean matchesPrefix(String text, int from) {
    Matcher m = PREFIX.matcher(text);
    m.region(from, text.length());
    return m.lookingAt();
  }
}
