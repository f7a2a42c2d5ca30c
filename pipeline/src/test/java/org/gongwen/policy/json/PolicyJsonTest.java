package org.gongwen.policy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Printed;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.TargetKind;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {

  private final PolicyJson json = new PolicyJson();

  private static PolicyDocument docWith(Target... targets) {
    return new PolicyDocument(PolicyDocument.SCHEMA, "0123456789abcdef",
        new Source("a.txt", "text/plain", "0".repeat(64), 3, "UTF-8", null), DocMetadata.empty(),
        List.of(), List.of(), List.of(targets), List.of(), List.of(), null);
  }

  private static Target target(double value, Double low, Double high) {
    return new Target("新增孵化面积", value, "平方米", Relation.AT_LEAST, 2024, null, TargetKind.INCREASE,
        low, high, "120万平方米以上", null, new Span(3, 12), null);
  }

  @Test
  void numbersArePlainAsInTheSpec() {
    String out = json.toPrettyJson(docWith(target(1200000, 800000.0, 1500000.0), target(2.5, null, null),
        target(1e11, null, null)));
    assertTrue(out.contains("\"value\" : 1200000,"), out);
    assertTrue(out.contains("\"low\" : 800000,"), out);
    assertTrue(out.contains("\"value\" : 2.5,"), out);
    assertTrue(out.contains("\"value\" : 100000000000,"), out);
    assertTrue(!out.contains("E1") && !out.contains(".0,"), out);
  }

  @Test
  void spansAreArraysAndEnumsUseTheSpecSymbols() {
    String line = json.toLine(docWith(target(5, null, null)));
    assertTrue(line.contains("\"span\":[3,12]"), line);
    assertTrue(line.contains("\"comparator\":\">=\""), line);
    assertTrue(line.contains("\"kind\":\"increase\""), line);
    assertTrue(!line.contains("\"text\""), "text is written only when present: " + line);
  }

  @Test
  void printedIsWrittenWhenKnownAndOmittedOtherwise() throws Exception {
    Target withPrinted = new Target("新增孵化面积", 1200000, "平方米", Relation.AT_LEAST, 2024, null,
        TargetKind.INCREASE, null, null, "120万平方米以上", null, new Span(3, 12), null, new Printed(120, "万平方米"));
    String line = json.toLine(docWith(withPrinted, target(5, null, null)));
    assertTrue(line.contains("\"printed\":{\"value\":120,\"unit\":\"万平方米\"}"), line);
    assertEquals(1, line.split("\"printed\"", -1).length - 1, "only the target that knows it: " + line);
    assertEquals(docWith(withPrinted), json.read(json.toPrettyJson(docWith(withPrinted))));
  }

  @Test
  void roundTripGivesTheSameDocument() throws Exception {
    PolicyDocument doc = docWith(target(1200000, 800000.0, 1500000.0), target(0.5, null, null));
    assertEquals(doc, json.read(json.toPrettyJson(doc)));
  }
}
