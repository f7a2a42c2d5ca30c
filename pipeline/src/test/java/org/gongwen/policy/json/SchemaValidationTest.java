package org.gongwen.policy.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import org.gongwen.policy.pipeline.RepoFiles;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed and sample, extracted and serialized, conforms to docs/schema/policy-doc-1.schema.json. */
final class SchemaValidationTest {

  private static final Path SCHEMA_FILE = Path.of("../docs/schema/policy-doc-1.schema.json");
  private static final Path SEED = Path.of("../seeds/000_4ed772c9b4959484.txt");

  private static final int MAX_MESSAGES = 40;
  private static final PolicyJson JSON = new PolicyJson();
  private static JsonNode schemaNode;
  /** The published schema: open to added fields, as the versioning rule says readers must be. */
  private static JsonSchema published;
  /** The same with {@code additionalProperties: false} on every object: what our own writer must meet. */
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaNode = JSON.mapper().readTree(SCHEMA_FILE.toFile());
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    published = factory.getSchema(schemaNode);
    JsonNode strict = schemaNode.deepCopy();
    closeObjects(strict);
    schema = factory.getSchema(strict);
  }

  /** Adds {@code additionalProperties: false} to every subschema that lists properties. */
  private static void closeObjects(JsonNode node) {
    if (node instanceof ObjectNode o) {
      if (o.has("properties") && !o.has("additionalProperties")) {
        o.put("additionalProperties", false);
      }
    }
    node.forEach(SchemaValidationTest::closeObjects);
  }

  @Test
  void thePublishedSchemaHasAnIdAndAcceptsAnAddedField() throws Exception {
    assertTrue(schemaNode.hasNonNull("$id"), "the schema names itself ($id)");
    ObjectNode doc = (ObjectNode) JSON.mapper().readTree(JSON.toPrettyJson(PolicyPipeline.standard().process(SEED, false)));
    doc.put("producedBy", "a later policy-doc/1 writer");
    ((ObjectNode) firstOf(doc, "targets")).put("printed", "300家");
    ((ObjectNode) doc.get("metadata")).putArray("keywords").add("科技");
    Set<ValidationMessage> messages = published.validate(doc);
    assertTrue(messages.isEmpty(), "a compatible file with added fields is rejected:\n" + lines(messages));
    // our own writer is held to the listed fields
    assertFalse(schema.validate(doc).isEmpty());
  }

  static Stream<Path> inputs() {
    List<Path> files = RepoFiles.inputs();
    assertFalse(files.isEmpty(), "no inputs under [../seeds] or [../samples]");
    return files.stream();
  }

  @Test
  void schemaItselfIsValidDraft202012() {
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    Set<ValidationMessage> messages = meta.validate(schemaNode);
    assertTrue(messages.isEmpty(), "[" + SCHEMA_FILE + "] is not a valid draft 2020-12 schema:\n" + lines(messages));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void extractedJsonConformsToSchema(Path file) throws Exception {
    PolicyDocument doc = PolicyPipeline.standard().process(file, true);
    for (PolicyDocument variant : List.of(doc, doc.withoutText())) {
      JsonNode json = JSON.mapper().readTree(JSON.toPrettyJson(variant));
      Set<ValidationMessage> messages = schema.validate(json);
      assertTrue(messages.isEmpty(), "[" + file + "] " + (variant.text() == null ? "without" : "with")
          + " text violates policy-doc/1:\n" + lines(messages));
    }
  }

  @Test
  void wrongComparatorFails() throws Exception {
    assertRejected(doc -> ((ObjectNode) firstOf(doc, "targets")).put("comparator", "≥"),
        "$.targets[0].comparator");
  }

  @Test
  void wrongKindFails() throws Exception {
    assertRejected(doc -> ((ObjectNode) firstOf(doc, "targets")).put("kind", "stock"), "$.targets[0].kind");
  }

  @Test
  void missingRequiredFieldFails() throws Exception {
    assertRejected(doc -> ((ObjectNode) doc.get("source")).remove("sha256"), "sha256");
  }

  @Test
  void missingMetadataFieldFails() throws Exception {
    assertRejected(doc -> ((ObjectNode) doc.get("metadata")).remove("signedDate"), "signedDate");
  }

  @Test
  void unknownFieldFailsTheStrictCheckOfOurOwnOutput() throws Exception {
    assertRejected(doc -> ((ObjectNode) firstOf(doc, "tasks")).put("lead", "区科技局"), "lead");
  }

  @Test
  void spanOfThreeNumbersFails() throws Exception {
    assertRejected(doc -> ((ArrayNode) firstOf(doc, "headings").get("span")).add(1), "$.headings[0].span");
  }

  @Test
  void negativeSpanFails() throws Exception {
    assertRejected(doc -> ((ArrayNode) firstOf(doc, "headings").get("span")).set(0, -1), "$.headings[0].span[0]");
  }

  @Test
  void valueAsStringFails() throws Exception {
    assertRejected(doc -> ((ObjectNode) firstOf(doc, "targets")).put("value", "10"), "$.targets[0].value");
  }

  @Test
  void pageZeroFails() throws Exception {
    assertRejected(doc -> ((ObjectNode) firstOf(doc, "tables")).put("page", 0), "$.tables[0].page");
  }

  @Test
  void wrongSchemaNameFails() throws Exception {
    assertRejected(doc -> doc.put("schema", "policy-doc/2"), "$.schema");
  }

  /** The untouched seed is valid; after {@code change} it is rejected with a message naming {@code where}. */
  private static void assertRejected(Consumer<ObjectNode> change, String where) throws Exception {
    ObjectNode doc = (ObjectNode) JSON.mapper().readTree(JSON.toPrettyJson(PolicyPipeline.standard().process(SEED, false)));
    Set<ValidationMessage> before = schema.validate(doc);
    assertTrue(before.isEmpty(), "[" + SEED + "] must be valid before the change:\n" + lines(before));
    change.accept(doc);
    Set<ValidationMessage> messages = schema.validate(doc);
    assertFalse(messages.isEmpty(), "[" + SEED + "] changed at " + where + " still passes the schema");
    assertTrue(messages.stream().anyMatch(m -> m.getMessage().contains(where)),
        "[" + SEED + "] no message names " + where + ":\n" + lines(messages));
  }

  private static JsonNode firstOf(ObjectNode doc, String field) {
    JsonNode list = doc.get(field);
    assertFalse(list.isEmpty(), "[" + SEED + "] has no " + field + " to change");
    return list.get(0);
  }

  private static String lines(Set<ValidationMessage> messages) {
    List<String> all = messages.stream().map(m -> "  " + m.getMessage()).sorted().toList();
    String shown = String.join("\n", all.subList(0, Math.min(all.size(), MAX_MESSAGES)));
    return all.size() > MAX_MESSAGES ? shown + "\n  … and " + (all.size() - MAX_MESSAGES) + " more" : shown;
  }
}
