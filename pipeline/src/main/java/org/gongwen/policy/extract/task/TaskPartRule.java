package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.language.Token;
import org.gongwen.policy.structure.PartRole;
import org.gongwen.policy.structure.PartRoleClassifier;

/**
 * Which level-1 parts hold the work of a document whose tasks name no units (spec §4: "the numbered
 * items of its task part"), from the part titles and the roles {@link PartRoleClassifier} gives them:
 * <ol>
 *   <li>the parts named as task parts ({@link PartRole#TASKS}: 主要任务, 重点工作, 主要措施 …), or, where the
 *       classifier finds no role, whose title has a word of {@code task/task-part-words} and none of
 *       {@code task/other-part-words} ({@code 2024年工作安排});
 *   <li>where none is, every part whose title names no role (goals, principles, benefits, conditions,
 *       procedures, safeguards, review…), is longer than {@value #MAX_LABEL} characters and begins with a
 *       verb (HanLP's tag): a plan whose parts are its work names them by what they do
 *       ({@code 完善国家职业教育制度体系}), while a label ({@code 指标体系}, {@code 现代基础设施篇})
 *       describes rather than assigns.
 * </ol>
 * A table of contents' dot leader and page number are not part of a title. Benefit lists (支持政策,
 * 扶持措施 …) are never task parts.
 */
public final class TaskPartRule {

  static final int MAX_LABEL = 6;
  /** The dot leader and page number of a table-of-contents line ({@code 综合篇……………3}). */
  private static final Pattern LEADER = Pattern.compile("[.．…·•]{2,}[0-9IVXivx]*$");
  private static final Pattern SPACE_AND_PUNCTUATION = Pattern.compile("[\\s。：:；;，,]+");

  private final PartRoleClassifier roles;
  private final TaskWords words;
  /** Made on first use, not at composition, so HanLP loads only for the documents that need it. */
  private volatile ChineseSegmenter segmenter;

  public TaskPartRule(PartRoleClassifier roles, TaskWords words) {
    this.roles = roles;
    this.words = words;
  }

  /** Indices of the titles (level-1 headings in order) whose parts are task parts. */
  public List<Integer> taskParts(List<String> titles) {
    List<Integer> named = new ArrayList<>();
    List<Integer> unnamed = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      String t = LEADER.matcher(SPACE_AND_PUNCTUATION.matcher(titles.get(i)).replaceAll("")).replaceAll("");
      PartRole role = roles.headingRole(t);
      if (role == PartRole.TASKS || (role == null && namesWork(t))) {
        named.add(i);
      } else if (role == null && t.length() > MAX_LABEL && startsWithVerb(t)) {
        unnamed.add(i);
      }
    }
    return named.isEmpty() ? unnamed : named;
  }

  /**
   * Whether the title's first word is a verb (verbal nouns too: 建设, 完善, 促进, 做好 …). The segmenter is
   * made on first use, not at composition, so HanLP loads only for the documents that need it (cold
   * start), and then kept: its cache serves the next document's titles.
   */
  private boolean startsWithVerb(String title) {
    ChineseSegmenter seg = segmenter;
    if (seg == null) {
      seg = new ChineseSegmenter(List.of());
      segmenter = seg;
    }
    List<Token> tokens = seg.tokens(title);
    return !tokens.isEmpty() && tokens.get(0).nature().startsWith("v");
  }

  /** A title without role words of the classifier that has a task-part word and no other-part word. */
  private boolean namesWork(String title) {
    return words.taskPartWords().stream().anyMatch(title::contains)
        && words.otherPartWords().stream().noneMatch(title::contains);
  }
}
