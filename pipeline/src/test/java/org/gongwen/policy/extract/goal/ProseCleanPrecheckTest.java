package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code that replaced two small patterns of {@link ProseTargetFinder}'s indicator cleaning answers as they
 * did: the quote check before {@code ^[“”"]+|[“”"]+$}, and dropping a leading 的 for {@code ^的}.
 */
class ProseCleanPrecheckTest {

  private static final Pattern EDGE_QUOTES = Pattern.compile("^[“”\"]+|[“”\"]+$");
  private static final Pattern LEADING_PARTICLE = Pattern.compile("^的");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "“一网通办”事项|true",
      "\"最多跑一次\"|true",
      "的企业数量|false",
      "企业数量|false",
  })
  void seesQuotes(String text, boolean quoted) {
    assertEquals(quoted, ProseTargetFinder.hasQuote(text));
  }

  @Test
  void answersAsThePatternsOnRandomTexts() {
    List<String> pieces = List.of("“", "”", "\"", "的", "企业", "数量", "\u0085", "\u2028", "有效", "的的");
    Random random = new Random(14);
    int changed = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String s = b.toString();
      String expected = EDGE_QUOTES.matcher(s).replaceAll("");
      if (!expected.equals(s)) {
        changed++;
        assertTrue(ProseTargetFinder.hasQuote(s), s);
      }
      String unquoted = ProseTargetFinder.hasQuote(s) ? EDGE_QUOTES.matcher(s).replaceAll("") : s;
      assertEquals(expected, unquoted, s);
      assertEquals(LEADING_PARTICLE.matcher(s).replaceFirst(""), s.startsWith("的") ? s.substring(1) : s, s);
    }
    assertTrue(changed > 100);
  }
}
