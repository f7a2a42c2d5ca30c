package org.gongwen.policy.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityParserTest {

  private static final QuantityParser PARSER = new QuantityParser();

  /** Table cells use \n and \t for newline and tab. */
  private static String unescape(String s) {
    return s == null ? null : s.replace("\\n", "\n").replace("\\t", "\t");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "quantities.tsv", delimiter = '\t', nullValues = "-",
      ignoreLeadingAndTrailingWhitespace = false, maxCharsPerColumn = 10_000)
  void findsQuantity(String text, String raw, double value, String unit, Double low, Double high,
      Fuzz fuzz, QuantityKind kind) {
    String t = unescape(text);
    List<Quantity> found = PARSER.parse(t);
    List<Quantity> matching = found.stream().filter(q -> q.raw().equals(unescape(raw))).toList();
    assertEquals(1, matching.size(), () -> "raw [" + raw + "] in " + found);
    Quantity q = matching.get(0);
    assertEquals(value, q.value(), Math.abs(value) * 1e-12, "value");
    assertEquals(unit, q.unit(), "unit");
    assertEquals(low, q.low(), "low");
    assertEquals(high, q.high(), "high");
    assertEquals(fuzz, q.fuzz(), "fuzz");
    assertEquals(kind, q.kind(), "kind");
    assertEquals(q.raw(), t.substring(q.start(), q.end()), "offsets");
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvFileSource(resources = "non-quantities.tsv", delimiter = '\t',
      ignoreLeadingAndTrailingWhitespace = false)
  void findsNoQuantity(String text, String expectation) {
    List<Quantity> found = PARSER.parse(text);
    if (expectation.equals("none")) {
      assertEquals(List.of(), found, text);
    } else {
      assertEquals("no-amount", expectation);
      assertFalse(found.isEmpty(), text);
      assertTrue(found.stream().noneMatch(q -> q.kind() == QuantityKind.AMOUNT), () -> text + " " + found);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvFileSource(resources = "quantity-sequences.tsv", delimiter = '\t',
      ignoreLeadingAndTrailingWhitespace = false)
  void findsAllQuantitiesInOrder(String text, String raws) {
    String t = unescape(text);
    String actual = PARSER.parse(t).stream().map(Quantity::raw).collect(Collectors.joining("|"));
    assertEquals(raws, actual, t);
  }

  @Test
  void partFollowsItsMainFigure() {
    List<Quantity> q = PARSER.parse("288(38)");
    assertEquals(2, q.size());
    assertEquals(QuantityKind.AMOUNT, q.get(0).kind());
    assertEquals(288, q.get(0).value());
    assertEquals(QuantityKind.PART, q.get(1).kind());
    assertEquals(38, q.get(1).value());
    assertEquals(4, q.get(1).start());
  }

  @Test
  void pageBrokenRangeKeepsItsLineBreaksInRaw() {
    String text = "实现新增孵化面积120万（低线80万，\n\n高线 150 万) 平方米以上";
    Quantity q = PARSER.parse(text).get(0);
    assertEquals("120万（低线80万，\n\n高线 150 万) 平方米", q.raw());
    assertEquals(8, q.start());
    assertEquals(800000.0, q.low());
    assertEquals(1500000.0, q.high());
    assertEquals("平方米", q.unit());
  }

  @Test
  void aLoneZeroAndAClassNameAreNotAmounts() {
    assertTrue(PARSER.parse("完善新能源汽车零部件产业链").stream().noneMatch(q -> q.kind() == QuantityKind.AMOUNT));
    assertTrue(PARSER.parse("建立百亿企业培育库").stream().noneMatch(q -> q.kind() == QuantityKind.AMOUNT));
    assertEquals(1e11, PARSER.parse("产值规模至千亿、高端人才").get(0).value());
  }

  @Test
  void durationsAreAmountsWithATimeUnit() {
    assertTrue(PARSER.parse("通过三年努力").get(0).isDuration());
    assertFalse(PARSER.parse("到2024年").get(0).isDuration());
    assertFalse(PARSER.parse("新增140家").get(0).isDuration());
  }

  static Stream<Path> seeds() throws IOException {
    Path dir = Path.of("..", "seeds");
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    return Files.list(dir).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  /** Every quantity in the real seed documents has consistent offsets, order and no overlap. */
  @ParameterizedTest
  @MethodSource("seeds")
  void seedOffsetsAreExactAndOrdered(Path seed) throws IOException {
    String text = Files.readString(seed);
    List<Quantity> found = PARSER.parse(text);
    assertFalse(found.isEmpty());
    int previousEnd = 0;
    for (Quantity q : found) {
      assertEquals(q.raw(), text.substring(q.start(), q.end()));
      assertTrue(q.start() >= previousEnd, () -> "overlap at " + q);
      previousEnd = q.end();
    }
  }

  /** Random strings over the characters the parser cares about never break the invariants. */
  @Test
  void randomInputKeepsInvariants() {
    String alphabet = "0123456789０５.．,，-—至~（()）%％万亿千百十一二两三〇零第余多超上近约年月日个家人平方米元"
        + "低线高线，大号版“”+GC \n\t";
    java.util.Random random = new java.util.Random(20240627L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(24);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int previousEnd = 0;
      for (Quantity q : PARSER.parse(text)) {
        assertEquals(q.raw(), text.substring(q.start(), q.end()), text);
        assertTrue(q.start() >= previousEnd, text);
        previousEnd = q.end();
      }
    }
  }

  @Test
  void emptyAndPunctuationGiveNothing() {
    assertEquals(List.of(), PARSER.parse(""));
    assertEquals(List.of(), PARSER.parse("，。、（）%万亿"));
  }
}
