package org.gongwen.policy.structure;

/**
 * An attachment region: from its label line ({@code 附件 2}) to the line before the next label or the
 * closing block. {@code firstLine} is the first line after the label; {@code endLine} is exclusive.
 */
public record Attachment(String number, String caption, int labelLine, int firstLine, int endLine) {

  public boolean contains(int line) {
    return line >= labelLine && line < endLine;
  }
}
