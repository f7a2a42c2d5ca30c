package org.gongwen.policy.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NonQuantitySpans}: the spans it marks, and the bracket check before the document-number pattern, which
 * must never turn away a text the pattern finds a number in.
 */
class NonQuantitySpansTest {

  /** Text, then the marked chars as 1 and unmarked as 0. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "温市自创办〔2021〕1号印发|000001111111100",
      "建设G60科创走廊|001110000",
      "新建30所学校|0000000",
      "（2022）68号文|1111111110",
  })
  void marksIdentifiersAndDocumentNumbers(String text, String marks) {
    boolean[] expected = new boolean[marks.length()];
    for (int i = 0; i < marks.length(); i++) {
      expected[i] = marks.charAt(i) == '1';
    }
    assertArrayEquals(expected, NonQuantitySpans.of(text));
  }

  @Test
  void theBracketCheckKeepsEveryDocumentNumber() throws ReflectiveOperationException {
    Field f = NonQuantitySpans.class.getDeclaredField("DOC_NUMBER");
    f.setAccessible(true);
    Pattern docNumber = (Pattern) f.get(null);
    List<String> pieces = List.of("〔", "〕", "［", "］", "[", "]", "【", "】", "（", "）", "(", ")", "2022", "２０２３", "68",
        "号", "第", " ", "市", "、");
    Random random = new Random(14);
    int numbers = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8) + 1; k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = b.toString();
      Matcher m = docNumber.matcher(text);
      if (m.find()) {
        numbers++;
        assertTrue(NonQuantitySpans.hasDocNumberOpening(text), text);
        assertEquals(true, NonQuantitySpans.DOC_NUMBER_OPENINGS.indexOf(text.charAt(m.start())) >= 0, text);
      }
    }
    assertTrue(numbers > 100, "numbers " + numbers);
  }
}
