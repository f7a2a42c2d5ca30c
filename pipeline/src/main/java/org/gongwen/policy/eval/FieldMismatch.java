package org.gongwen.policy.eval;

/** A metadata field whose predicted value differs from the gold one; values as JSON text ({@code null} absent). */
public record FieldMismatch(String field, String gold, String predicted) {}
