package org.gongwen.policy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap check before the page-footer pattern of {@link Normalizer}: it never turns away a line the
 * pattern matches, so a line is dropped as a footer exactly when it was before.
 */
class NormalizerFooterPrecheckTest {

  private static Pattern footer() throws ReflectiveOperationException {
    Field f = Normalizer.class.getDeclaredField("FOOTER");
    f.setAccessible(true);
    return (Pattern) f.get(null);
  }

  /** Line, then whether the check lets it through to the pattern, then whether the pattern matches. */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
      "'— 3 —'|true|true",
      "'  - 12 -'|true|true",
      "'第 2 页 共 9 页'|true|true",
      "'3/10'|true|true",
      "'~5~'|true|true",
      "'～5～'|false|false",
      "'各区人民政府：'|false|false",
      "'（一）总体要求'|false|false",
      "'2025年底前完成'|true|false",
      "'第二条 为了规范'|true|false",
  })
  void letsThroughWhatThePatternMayMatch(String line, boolean checked, boolean matched)
      throws ReflectiveOperationException {
    assertEquals(checked, Normalizer.RawLine.mayBeFooter(line));
    assertEquals(matched, footer().matcher(line).matches());
  }

  /** Random lines of dashes, digits, 第/页/共, slashes, spaces and Han letters. */
  @Test
  void neverTurnsAwayAFooterOnRandomLines() throws ReflectiveOperationException {
    Pattern footer = footer();
    List<String> pieces = List.of("—", "－", "-", "–", "~", "第", "页", "共", "/", " ", "\t", "\u000B", "\f", "1", "23",
        "０", "政府", "、", "　", "～", "~");
    Random random = new Random(14);
    int footers = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(7) + 1; k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String line = b.toString();
      if (footer.matcher(line).matches()) {
        footers++;
        assertTrue(Normalizer.RawLine.mayBeFooter(line), () -> "[" + line + "]");
      }
    }
    assertTrue(footers > 100, "footers " + footers);
  }
}
