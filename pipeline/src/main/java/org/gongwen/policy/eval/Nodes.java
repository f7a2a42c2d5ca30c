package org.gongwen.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the loosely typed JSON trees the scorer works on; nothing here throws on odd shapes. */
final class Nodes {

  private Nodes() {}

  static boolean absent(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull();
  }

  /** The value as text: strings as they are, numbers in plain canonical form ({@code 2024}, {@code 2.5}). */
  static String text(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isNumber()) {
      return n.decimalValue().stripTrailingZeros().toPlainString();
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  /** {@link TextKey} of {@link #text}. */
  static String key(JsonNode n) {
    return TextKey.of(text(n));
  }

  /** The value as a number: JSON numbers, or strings that parse as one; otherwise {@code null}. */
  static Double number(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isTextual()) {
      try {
        return Double.valueOf(n.textValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The elements of an array part; an absent part is empty. */
  static List<JsonNode> items(JsonNode part) {
    List<JsonNode> out = new ArrayList<>();
    if (part != null && part.isArray()) {
      part.forEach(out::add);
    }
    return out;
  }

  static boolean optional(JsonNode item) {
    return item.path("optional").asBoolean(false);
  }

  /** For reports: text of a value, {@code null} for an absent one, JSON for arrays and objects. */
  static String show(JsonNode n) {
    if (absent(n)) {
      return "null";
    }
    return n.isValueNode() ? text(n) : n.toString();
  }
}
