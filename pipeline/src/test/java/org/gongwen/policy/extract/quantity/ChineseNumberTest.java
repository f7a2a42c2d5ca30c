package org.gongwen.policy.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ChineseNumberTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "chinese-numbers.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false)
  void parsesWholeNumerals(String input, Double expected) {
    OptionalDouble actual = ChineseNumber.parse(input);
    if (expected == null) {
      assertTrue(actual.isEmpty(), () -> "[" + input + "] should not parse, got " + actual);
    } else {
      assertTrue(actual.isPresent(), () -> "[" + input + "] should parse");
      assertEquals(expected, actual.getAsDouble(), Math.abs(expected) * 1e-12, input);
    }
  }
}
