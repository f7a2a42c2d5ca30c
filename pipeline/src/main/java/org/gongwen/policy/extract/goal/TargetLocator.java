package org.gongwen.policy.extract.goal;

import java.util.List;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.text.NormalizedText;

/** Where a target stands: the task whose span holds it (spec §5 {@code task}) and its page. */
public final class TargetLocator {

  private final NormalizedText text;
  private final List<Task> tasks;

  public TargetLocator(NormalizedText text, List<Task> tasks) {
    this.text = text;
    this.tasks = List.copyOf(tasks);
  }

  /** Index into the task list of the innermost task containing {@code offset}, or null. */
  public Integer taskAt(int offset) {
    Integer found = null;
    int foundLength = Integer.MAX_VALUE;
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      if (offset >= t.span().start() && offset < t.span().end() && t.span().length() < foundLength) {
        found = i;
        foundLength = t.span().length();
      }
    }
    return found;
  }

  public Integer pageAt(int offset) {
    return text.pageAt(offset);
  }

  public String text() {
    return text.text();
  }
}
