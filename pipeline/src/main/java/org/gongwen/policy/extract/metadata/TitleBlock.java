package org.gongwen.policy.extract.metadata;

import java.util.List;

/**
 * The title and 主送 of a notice.
 *
 * @param title the 标题, whitespace removed, or null
 * @param enclosedTitle the forwarded document's title, or null
 * @param organs the organs the title names before 关于 / the forward verb (none when it says 等N部门)
 * @param end index (into the front lines) after the title and the 主送 line
 * @param recipients the 主送机关, split outside brackets
 */
public record TitleBlock(String title, String enclosedTitle, List<String> organs, int end, List<String> recipients) {
  public TitleBlock {
    organs = List.copyOf(organs);
    recipients = List.copyOf(recipients);
  }
}
