package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boolean text grammar, case by case from {@code text-query-cases.tsv}. */
class TextQueryTest {

  static List<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = TextQueryTest.class.getResourceAsStream("text-query-cases.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          out.add(Arguments.of(f[0], f[1]));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void parses(String text, String expected) {
    if (expected.startsWith("error: ")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> new QuerySyntax().parse(text));
      assertTrue(e.getMessage().contains(expected.substring(7)), e.getMessage());
    } else {
      assertEquals(expected, String.valueOf(TextQuery.parse(new QuerySyntax().parse(text).text())));
    }
  }
}
