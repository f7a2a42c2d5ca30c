package org.gongwen.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Metadata, spec §8: per field, exact match after {@link TextKey}; lists as sets. Only fields present in
 * the gold metadata are scored (a gold {@code null} is scored and matches a predicted {@code null} or
 * absent field). An empty list, {@code null} and an absent field are the same value (spec §2: "absent
 * ones are null or []"). With no output at all every scored field counts as wrong.
 */
final class MetadataScorer {

  private MetadataScorer() {}

  record Result(Accuracy accuracy, List<FieldMismatch> mismatches) {}

  /** {@code null} when the gold metadata is null or absent (not scored). */
  static Result score(JsonNode gold, JsonNode predicted, boolean outputMissing) {
    if (Nodes.absent(gold) || !gold.isObject()) {
      return null;
    }
    int correct = 0;
    int total = 0;
    List<FieldMismatch> mismatches = new ArrayList<>();
    for (Iterator<String> names = gold.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      JsonNode g = gold.get(field);
      JsonNode p = predicted == null ? null : predicted.get(field);
      total++;
      if (!outputMissing && Objects.equals(comparable(g), comparable(p))) {
        correct++;
      } else {
        mismatches.add(new FieldMismatch(field, Nodes.show(g), outputMissing ? "(no output)" : Nodes.show(p)));
      }
    }
    return new Result(new Accuracy(correct, total), mismatches);
  }

  /** A value in comparable form: a set of keys for a list (null if empty), else the key of its text. */
  static Object comparable(JsonNode n) {
    if (Nodes.absent(n)) {
      return null;
    }
    if (n.isArray()) {
      Set<String> keys = new LinkedHashSet<>();
      n.forEach(e -> {
        String k = Nodes.key(e);
        if (k != null) {
          keys.add(k);
        }
      });
      return keys.isEmpty() ? null : keys;
    }
    return Nodes.key(n);
  }
}
