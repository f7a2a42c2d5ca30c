package org.gongwen.policy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameListParser}: splitting, and the trailing-mark removal checked against its pattern. */
class NameListParserTest {

  private static final Pattern TRAILING_MARKS = Pattern.compile("[。：:]+$");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "市发展改革委、市财政局。|市发展改革委,市财政局",
      "各县（市、区）政府，市直各单位：|各县（市、区）政府,市直各单位",
      "“一区五园”所在地政府；区教育局|“一区五园”所在地政府,区教育局",
      "省科技厅、、|省科技厅",
  })
  void splitsNames(String text, String names) {
    assertEquals(List.of(names.split(",")), new NameListParser(false).split(text));
  }

  /** Random items of names, marks, spaces and line ends: the same answer as the pattern's replacement. */
  @Test
  void removesTrailingMarksAsThePattern() {
    List<String> pieces = List.of("市财政局", "局", "。", "：", ":", "：。", " ", "\n", "\u0085", "\u2028", "、", "部");
    Random random = new Random(14);
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6) + 1; k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String stripped = b.toString().strip();
      String expected = TRAILING_MARKS.matcher(stripped).replaceAll("").strip();
      assertEquals(expected, NameListParser.withoutTrailingMarks(stripped), () -> stripped);
    }
  }
}
