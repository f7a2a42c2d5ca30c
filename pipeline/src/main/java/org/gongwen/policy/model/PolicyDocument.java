package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** One parsed policy document: the top level of spec §1. {@code text} is written only with {@code --with-text}. */
@JsonPropertyOrder({"schema", "id", "source", "metadata", "headings", "tasks", "targets", "tables", "warnings", "text"})
public record PolicyDocument(
    String schema,
    String id,
    Source source,
    DocMetadata metadata,
    List<Heading> headings,
    List<Task> tasks,
    List<Target> targets,
    List<Table> tables,
    List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

  /** The schema this record writes; bumped on any incompatible change of the JSON. */
  public static final String SCHEMA = "policy-doc/1";

  public PolicyDocument {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(metadata, "metadata");
    headings = List.copyOf(headings);
    tasks = List.copyOf(tasks);
    targets = List.copyOf(targets);
    tables = List.copyOf(tables);
    warnings = List.copyOf(warnings);
  }

  public PolicyDocument withoutText() {
    return new PolicyDocument(schema, id, source, metadata, headings, tasks, targets, tables, warnings, null);
  }
}
