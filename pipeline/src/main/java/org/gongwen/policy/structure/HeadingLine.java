package org.gongwen.policy.structure;

import org.gongwen.policy.model.Heading;
import org.gongwen.policy.model.Span;

/**
 * A heading found on a line. {@code printed} is the marker plus title as printed, whitespace removed
 * ({@code （一）实施创新主体提升攻坚行动，夯实区域创新基础}): what a task's {@code section} shows.
 */
public record HeadingLine(int level, String number, String title, String printed, int line, Span span) {

  public Heading toHeading(Integer page) {
    return new Heading(level, number, title, span, page);
  }
}
