package org.gongwen.policy.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.model.Printed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PrintedFormTest {

  private final QuantityParser parser = new QuantityParser();

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvFileSource(resources = "printed-forms.tsv", delimiter = '\t', nullValues = "-")
  void theFirstAmountIsShownAsPrinted(String text, double value, String unit) {
    List<Quantity> amounts = parser.parse(text).stream().filter(q -> q.kind() == QuantityKind.AMOUNT).toList();
    Printed printed = PrintedForm.of(amounts.get(0));
    assertEquals(value, printed.value(), 1e-9, text);
    assertEquals(unit, printed.unit(), text);
  }
}
