package org.gongwen.policy.structure;

import java.util.List;
import java.util.Optional;
import org.gongwen.policy.text.NormalizedText;

/**
 * The recovered layout of one document.
 *
 * @param text the normalized text all offsets point into
 * @param lines every line, in order; {@code Line.index} is the position in this list
 * @param headings headings of levels 1 to 4 outside tables, the 附件说明 list and the closing block
 * @param attachments attachment regions in order
 * @param attachmentNote the 附件说明 titles in order (without their numbers), empty when absent
 * @param attachmentNoteLines the line indices of the 附件说明 list
 * @param tables tables in order
 * @param closingStart index of the first line of the closing block (抄送 / 印发), or {@code lines.size()}
 * @param roles the role of each line's part ({@link PartRoleClassifier})
 */
public record Outline(
    NormalizedText text,
    List<Line> lines,
    List<HeadingLine> headings,
    List<Attachment> attachments,
    List<String> attachmentNote,
    List<Integer> attachmentNoteLines,
    List<TableBlock> tables,
    int closingStart,
    PartRoles roles) {
  public Outline {
    lines = List.copyOf(lines);
    headings = List.copyOf(headings);
    attachments = List.copyOf(attachments);
    attachmentNote = List.copyOf(attachmentNote);
    attachmentNoteLines = List.copyOf(attachmentNoteLines);
    tables = List.copyOf(tables);
  }

  /** Index of the first line of the first attachment, or the closing block when there is none. */
  public int bodyEnd() {
    return attachments.isEmpty() ? closingStart : attachments.get(0).labelLine();
  }

  /** The role of the part holding {@code offset} (goals, tasks, benefits, …). */
  public PartRole roleAt(int offset) {
    return lines.isEmpty() ? PartRole.OTHER : roles.at(lineAt(offset).index());
  }

  public Optional<Attachment> attachmentOf(int line) {
    return attachments.stream().filter(a -> a.contains(line)).findFirst();
  }

  /** The line containing {@code offset}. */
  public Line lineAt(int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lines.get(lo);
  }
}
