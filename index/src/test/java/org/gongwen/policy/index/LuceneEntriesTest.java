package org.gongwen.policy.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.Test;

class LuceneEntriesTest {

  private final LuceneEntries entries = LuceneEntries.standard();

  @Test
  void oneDocumentEntryThenTasksThenTargets() {
    PolicyDocument doc = SamplePolicies.luchengPlan();
    List<Document> docs = entries.entries(doc);
    assertEquals(1 + doc.tasks().size() + doc.targets().size(), docs.size());
    assertEquals("document", docs.get(0).get(FieldNames.TYPE));
    assertEquals("task", docs.get(1).get(FieldNames.TYPE));
    assertEquals("target", docs.get(docs.size() - 1).get(FieldNames.TYPE));
    for (Document d : docs) {
      assertEquals(doc.id(), d.get(FieldNames.DOC_ID));
      assertEquals(SamplePolicies.LUCHENG_FILE, d.get(FieldNames.FILE));
      assertEquals(SamplePolicies.LUCHENG_TITLE, d.get(FieldNames.DOC_TITLE));
      assertNotNull(d.get(FieldNames.JSON));
    }
  }

  @Test
  void documentEntryHasMetadataKeywordsAndSigningYear() {
    Document d = entries.entries(SamplePolicies.luchengPlan()).get(0);
    assertEquals("温鹿政发〔2022〕68号", d.get(FieldNames.DOC_NUMBER));
    assertEquals("2022-06-27", d.get(FieldNames.SIGNED_DATE));
    assertEquals(2022, d.getField(FieldNames.YEAR).numericValue().intValue());
    assertArrayEquals(new String[] {"温州市鹿城区人民政府"}, d.getValues(FieldNames.ISSUER));
  }

  @Test
  void taskEntryHasUnitsAndLeadUnits() {
    Document task5 = entries.entries(SamplePolicies.luchengPlan()).get(3);
    assertEquals("5", task5.get(FieldNames.NUMBER));
    assertArrayEquals(new String[] {"鹿城经开区〈筹〉管委会", "南郊街道", "区科技局", "区住建局"},
        task5.getValues(FieldNames.UNIT));
    assertArrayEquals(new String[] {"鹿城经开区〈筹〉管委会", "南郊街道"}, task5.getValues(FieldNames.LEAD_UNIT));
  }

  @Test
  void targetEntryHasNumbersEvidenceAndItsTasksUnits() {
    PolicyDocument doc = SamplePolicies.luchengPlan();
    List<Document> docs = entries.entries(doc);
    Document first = docs.get(1 + doc.tasks().size());
    assertEquals("高新技术企业", first.get(FieldNames.INDICATOR));
    assertEquals(300.0, first.getField(FieldNames.VALUE).numericValue().doubleValue());
    assertEquals("家", first.get(FieldNames.MEASURE));
    assertEquals(2024, first.getField(FieldNames.YEAR).numericValue().intValue());
    assertEquals("=", first.get(FieldNames.COMPARATOR));
    assertEquals("level", first.get(FieldNames.KIND));
    assertEquals("到2024年，全区拥有高新技术企业300家、科技型中小企业1800家、省级企业研发机构50家以上，每万人高价值发明专利拥有量达到7.7件。",
        first.get(FieldNames.EVIDENCE));
    assertNull(first.get(FieldNames.UNIT), "a target without task has no units");

    Document ofTask = docs.get(1 + doc.tasks().size() + 3);
    assertEquals(140.0, ofTask.getField(FieldNames.VALUE).numericValue().doubleValue());
    assertEquals(0, ofTask.getField(FieldNames.TASK).numericValue().intValue());
    assertArrayEquals(new String[] {"区科技局"}, ofTask.getValues(FieldNames.LEAD_UNIT));
  }

  @Test
  void policyReadBackFromPipelineJsonGivesTheSameEntries() throws IOException {
    PolicyJson json = new PolicyJson();
    PolicyDocument doc = SamplePolicies.luchengPlan();
    PolicyDocument back = json.read(json.toPrettyJson(doc));
    assertEquals(describe(entries.entries(doc)), describe(entries.entries(back)));
  }

  private static List<String> describe(List<Document> docs) {
    return docs.stream().map(d -> d.getFields().stream()
        .map(f -> f.name() + "=" + (f.numericValue() != null ? f.numericValue() : f.stringValue()))
        .toList().toString()).toList();
  }

  @Test
  void withoutTextTheEvidenceIsRaw() {
    PolicyDocument doc = SamplePolicies.wenzhouPlan();
    Document target = entries.entries(doc).get(1 + doc.tasks().size());
    assertEquals("新增高新技术企业 275 家以上", target.get(FieldNames.EVIDENCE));
  }
}
