package org.gongwen.policy.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongwen.policy.model.PolicyDocument;

/** The project's JSON mapper. Immutable once built; safe to share across threads. */
public final class PolicyJson {

  private final JsonMapper mapper;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  public PolicyJson() {
    SimpleModule plainNumbers = new SimpleModule("plain-numbers")
        .addSerializer(Double.class, new PlainDoubleSerializer())
        .addSerializer(double.class, new PlainDoubleSerializer());
    this.mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .addModule(plainNumbers)
        .build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.pretty = mapper.writer(printer);
    this.compact = mapper.writer();
  }

  public JsonMapper mapper() {
    return mapper;
  }

  /** Pretty JSON with a final newline. */
  public String toPrettyJson(Object value) {
    try {
      return pretty.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** One line of JSON, no newline: for JSONL. */
  public String toLine(Object value) {
    try {
      return compact.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  public void write(PolicyDocument doc, Path file) {
    try {
      Files.writeString(file, toPrettyJson(doc), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("[" + file + "] cannot write: " + e.getMessage(), e);
    }
  }

  public PolicyDocument read(Path file) throws IOException {
    return mapper.readValue(file.toFile(), PolicyDocument.class);
  }

  public PolicyDocument read(String json) throws IOException {
    return mapper.readValue(json, PolicyDocument.class);
  }
}
