package org.gongwen.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void ratios() {
    Counts c = new Counts(3, 1, 2);
    assertEquals(0.75, c.precision());
    assertEquals(0.6, c.recall());
    assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-12);
  }

  @Test
  void emptyDenominators() {
    assertNull(Counts.ZERO.precision());
    assertNull(Counts.ZERO.f1());
    assertEquals(0.0, new Counts(0, 0, 4).precision(), "nothing predicted, something missed");
    assertEquals(0.0, new Counts(0, 2, 0).recall(), "nothing in gold, something predicted");
    assertEquals(0.0, new Counts(0, 2, 0).f1());
  }

  @Test
  void microSumTreatsNullAsNotScored() {
    assertEquals(new Counts(4, 1, 2), Counts.sum(Counts.sum(null, new Counts(1, 1, 0)), new Counts(3, 0, 2)));
    assertNull(Counts.sum(null, null));
    assertEquals(new Accuracy(3, 5), Accuracy.sum(new Accuracy(1, 2), new Accuracy(2, 3)));
  }

  @Test
  void negativeCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Accuracy(3, 2));
  }
}
