package org.gongwen.policy.ingest.pdf;

/**
 * One cell of a rendered table: its text on one line and how many of the table's (written) rows and
 * columns it covers. A merged cell appears once, at its top-left position; the positions it covers hold
 * an empty cell with spans 1.
 */
public record TableCell(String text, int rowSpan, int colSpan) {}
