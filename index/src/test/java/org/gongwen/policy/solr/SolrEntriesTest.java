package org.gongwen.policy.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.gongwen.policy.index.LuceneEntries;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real notice's Solr documents against the Lucene documents of the embedded index. */
class SolrEntriesTest {

  private static PolicyDocument doc;
  private static List<ObjectNode> solr;
  private static List<Document> lucene;

  @BeforeAll
  static void convert() throws Exception {
    doc = PolicyPipeline.standard().process(Path.of("..", "seeds", "000_4ed772c9b4959484.txt"), true);
    solr = new SolrEntries(LuceneEntries.standard(), new ObjectMapper()).of(doc);
    lucene = LuceneEntries.standard().entries(doc);
  }

  @Test
  void oneSolrDocumentPerEntryKeyedForRoutingByPolicy() {
    assertEquals(1 + doc.tasks().size() + doc.targets().size(), solr.size());
    assertEquals(doc.id() + "!document-0", solr.get(0).get("id").asText());
    assertEquals(doc.id() + "!task-0", solr.get(1).get("id").asText());
    assertEquals(doc.id() + "!target-" + (doc.targets().size() - 1), solr.get(solr.size() - 1).get("id").asText());
    assertEquals(solr.size(), solr.stream().map(d -> d.get("id").asText()).distinct().count());
  }

  @Test
  void storedValuesAsTheEmbeddedIndexStoresThem() {
    for (int i = 0; i < solr.size(); i++) {
      ObjectNode s = solr.get(i);
      Document l = lucene.get(i);
      for (String field : List.of("type", "docId", "file", "docTitle", "json", "indicator", "raw", "evidence", "measure",
          "kind", "comparator", "docNumber", "signedDate", "number", "section")) {
        assertEquals(l.get(field), s.has(field) ? s.get(field).asText() : null, field + " of entry " + i);
      }
      assertEquals(List.of(l.getValues("unit")), texts(s.get("unit")), "units of entry " + i);
      assertEquals(List.of(l.getValues("issuer")), texts(s.get("issuer")), "issuers of entry " + i);
      assertEquals(List.of(l.getValues("title")), texts(s.get("title")), "titles of entry " + i);
    }
  }

  @Test
  void numbersTypedAndAnalyzedOnlyTextSent() {
    ObjectNode document = solr.get(0);
    assertTrue(document.get("year").isIntegralNumber(), "the signing year");
    assertTrue(document.get("body").asText().length() > 1000, "the full text analyzed into body");
    assertTrue(document.get("text").asText().equals(doc.text()));
    ObjectNode target = solr.get(1 + doc.tasks().size());
    assertTrue(target.get("value").isDouble(), target.toString());
    assertTrue(target.get("ordinal").isIntegralNumber());
    ObjectNode task = solr.get(1);
    assertTrue(task.get("unitText").isArray() && task.get("unitText").size() == task.get("unit").size(), task.toString());
    assertFalse(task.has("value"), "tasks have no value");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> out.add(v.asText()));
    }
    return out;
  }
}
