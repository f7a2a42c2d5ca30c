package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountEraserTest {

  private static final TargetWords WORDS = TargetWords.standard();
  private static final AmountEraser ERASER = new AmountEraser(WORDS.comparatorWords());

  /** What the regex the eraser replaces gives. */
  private static String byRegex(String clause, String raw) {
    return clause.replaceAll("(?:" + WORDS.comparatorAlternation() + ")?\\s*" + Pattern.quote(raw), " ");
  }

  @ParameterizedTest(name = "{0} without {1}")
  @CsvSource(delimiter = '|', value = {
      "年营业收入超过3亿元的企业|3亿元|年营业收入 的企业",
      "人数不少于 50人的团队|50人|人数 的团队",
      "培育企业50家|50家|'培育企业 '",
      "新建学校10所、医院10所|10所|'新建学校 、医院 '",
      "增加到12个|7个|增加到12个",
  })
  void erasesTheAmountAndItsComparator(String clause, String raw, String expected) {
    assertEquals(expected, ERASER.erase(clause, raw));
    assertEquals(byRegex(clause, raw), ERASER.erase(clause, raw));
  }

  /** Random clauses of comparators, amounts, white space and other letters: the same result as the regex. */
  @Test
  void agreesWithTheRegexOnRandomClauses() {
    List<String> comparators = WORDS.comparatorWords();
    String[] amounts = {"3亿元", "50", "5", "10个", "1.5万"};
    String[] fillers = {" ", "  ", "\t", "的", "企业", "，", "5", "0"};
    Random random = new Random(14);
    for (int round = 0; round < 20000; round++) {
      StringBuilder b = new StringBuilder();
      String raw = amounts[random.nextInt(amounts.length)];
      for (int k = random.nextInt(7); k > 0; k--) {
        int what = random.nextInt(3);
        String comparator = comparators.get(random.nextInt(comparators.size()));
        b.append(what == 0 ? comparator.substring(random.nextInt(comparator.length()))
            : what == 1 ? amounts[random.nextInt(amounts.length)] : fillers[random.nextInt(fillers.length)]);
      }
      String clause = b.toString();
      assertEquals(byRegex(clause, raw), ERASER.erase(clause, raw), clause + " / " + raw);
    }
  }
}
