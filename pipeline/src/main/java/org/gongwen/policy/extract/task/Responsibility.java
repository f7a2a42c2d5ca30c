package org.gongwen.policy.extract.task;

import java.util.List;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.UnitRef;

/**
 * Units named in a sentence rather than a clause: {@code 由市科技局牵头，市财政局配合} or
 * {@code 市经信局负责企业技术改造}. {@code duty} is what follows 负责 (empty when nothing does).
 */
public record Responsibility(List<UnitRef> units, String duty, Span span) {
  public Responsibility {
    units = List.copyOf(units);
  }
}
