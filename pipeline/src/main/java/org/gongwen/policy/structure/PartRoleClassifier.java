package org.gongwen.policy.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Gives each line the role of the part it belongs to, from the headings above it, the caption of the
 * attachment holding it and the closing block.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>lines from the closing block on are {@link PartRole#CLOSING};
 *   <li>a heading whose title has at most {@value #MAX_ROLE_TITLE} characters and ends with a word of
 *       {@code structure/part-role-headings} has that word's role (longest word wins); other headings have none;
 *   <li>an attachment whose caption contains a word of {@code structure/part-role-captions} has the role of
 *       the first such word in that list;
 *   <li>a line takes the role of the outermost enclosing part (attachment, then headings from level 1 down)
 *       whose role is not {@link PartRole#OTHER}; an {@code OTHER} part lets a deeper heading decide
 *       (总体要求 → （三）主要目标 is GOALS), so does a part without a role; a line under none is {@code OTHER}.
 * </ol>
 * A heading's scope ends at the next heading of the same or a higher level, at an attachment label and at the
 * closing block. Immutable and thread-safe.
 */
public final class PartRoleClassifier {

  static final int MAX_ROLE_TITLE = 12;
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。：:；;，,]+$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<Map.Entry<String, PartRole>> headingWords;
  private final List<Map.Entry<String, PartRole>> captionWords;

  public PartRoleClassifier(Lexicon lexicon) {
    this.headingWords = roles(lexicon, "structure/part-role-headings");
    this.headingWords.sort((a, b) -> b.getKey().length() - a.getKey().length());
    this.captionWords = roles(lexicon, "structure/part-role-captions");
  }

  private static List<Map.Entry<String, PartRole>> roles(Lexicon lexicon, String list) {
    List<Map.Entry<String, PartRole>> out = new ArrayList<>();
    for (Map.Entry<String, String> e : lexicon.pairs(list).entrySet()) {
      out.add(Map.entry(e.getKey(), PartRole.valueOf(e.getValue().strip())));
    }
    return out;
  }

  /** The role a heading title gives its part, or null when it names none. */
  public PartRole headingRole(String title) {
    String t = WHITESPACE.matcher(TRAILING_PUNCTUATION.matcher(title).replaceAll("")).replaceAll("");
    if (t.length() > MAX_ROLE_TITLE) {
      return null;
    }
    for (Map.Entry<String, PartRole> e : headingWords) {
      if (t.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The role an attachment caption gives the attachment, or null. */
  public PartRole captionRole(String caption) {
    if (caption == null) {
      return null;
    }
    for (Map.Entry<String, PartRole> e : captionWords) {
      if (caption.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Roles of every line. */
  public PartRoles classify(List<Line> lines, List<HeadingLine> headings, List<Attachment> attachments,
      int closingStart) {
    PartRole[] roles = new PartRole[lines.size()];
    Arrays.fill(roles, PartRole.OTHER);
    // decided[i]: a non-OTHER role was set by an enclosing part; deeper parts may not override it.
    boolean[] decided = new boolean[lines.size()];
    for (Attachment a : attachments) {
      apply(roles, decided, a.labelLine(), Math.min(a.endLine(), closingStart), captionRole(a.caption()));
    }
    List<HeadingLine> ordered = new ArrayList<>(headings);
    ordered.sort((x, y) -> x.level() != y.level() ? x.level() - y.level() : x.line() - y.line());
    for (HeadingLine h : ordered) {
      apply(roles, decided, h.line(), scopeEnd(h, headings, attachments, closingStart), headingRole(h.title()));
    }
    for (int i = Math.max(0, closingStart); i < roles.length; i++) {
      roles[i] = PartRole.CLOSING;
    }
    return new PartRoles(Arrays.asList(roles));
  }

  private static void apply(PartRole[] roles, boolean[] decided, int from, int to, PartRole role) {
    if (role == null) {
      return;
    }
    for (int i = Math.max(0, from); i < Math.min(to, roles.length); i++) {
      if (!decided[i]) {
        roles[i] = role;
        decided[i] = role != PartRole.OTHER;
      }
    }
  }

  private static int scopeEnd(HeadingLine h, List<HeadingLine> headings, List<Attachment> attachments,
      int closingStart) {
    int end = closingStart;
    for (HeadingLine other : headings) {
      if (other.line() > h.line() && other.level() <= h.level()) {
        end = Math.min(end, other.line());
        break;
      }
    }
    for (Attachment a : attachments) {
      if (a.labelLine() > h.line()) {
        end = Math.min(end, a.labelLine());
        break;
      }
    }
    return end;
  }
}
