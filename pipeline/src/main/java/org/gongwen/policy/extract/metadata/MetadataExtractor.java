package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.structure.Attachment;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;

/**
 * Implements extraction-spec §2 by composing four readers: the {@link FrontBlockReader} (版头), the
 * {@link TitleReader} (标题, 主送), the {@link SignatureReader} (署名, 成文日期, 附注) and the
 * {@link ClosingBlockReader} (版记). The front lines are those before the first heading and the first
 * attachment; the tail is the end of the main text, where an 意见 signs.
 *
 * <p>Issuers are the organs of the mark; without a mark, the organs of the signature; without either, the
 * organs the title names before 关于. A joint signature gives several organs (written as a list in JSON).
 */
public final class MetadataExtractor {

  private static final int FRONT_LINES = 40;

  private final FrontBlockReader frontReader;
  private final TitleReader titleReader;
  private final SignatureReader signatureReader;
  private final ClosingBlockReader closingReader;

  public MetadataExtractor(FrontBlockReader frontReader, TitleReader titleReader,
      SignatureReader signatureReader, ClosingBlockReader closingReader) {
    this.frontReader = frontReader;
    this.titleReader = titleReader;
    this.signatureReader = signatureReader;
    this.closingReader = closingReader;
  }

  public Extraction<DocMetadata> extract(Outline outline) {
    List<String> warnings = new ArrayList<>();
    List<Line> front = frontLines(outline);
    FrontBlock head = frontReader.read(front);
    TitleBlock title = titleReader.read(front, head);
    if (title.title() == null) {
      warnings.add("metadata: no title found in the first lines");
    }
    List<String> captions = outline.attachments().stream().map(Attachment::caption)
        .filter(c -> c != null).toList();
    List<String> known = new ArrayList<>(head.issuers());
    known.addAll(title.organs());
    Signature signature = signatureReader.read(front, title.end(), tailLines(outline), known, captions);
    ClosingBlock closing = closingReader.read(outline);
    List<String> issuers = !head.issuers().isEmpty() ? head.issuers()
        : !signature.organs().isEmpty() ? signature.organs() : title.organs();
    String note = signature.note() != null ? signature.note() : closing.note();
    return new Extraction<>(new DocMetadata(head.issuerMark(), issuers, head.docNumber(), title.title(),
        title.enclosedTitle(), title.recipients(), signature.printed(), signature.date(), note,
        attachments(outline, signature), closing.cc(), closing.printedBy(), closing.printedDate(),
        head.security(), head.urgency(), head.copyNumber(), head.signer()), warnings);
  }

  /**
   * The 附件说明 titles; an item that the text layer glued to the signature below it
   * ({@code 评价细则省人民政府办公厅}) loses the signature. Without a 附件说明, the attachment captions.
   */
  private static List<String> attachments(Outline outline, Signature signature) {
    List<String> note = outline.attachmentNote();
    if (note.isEmpty()) {
      return outline.attachments().stream().map(Attachment::caption).filter(c -> c != null).toList();
    }
    String sig = signature.printed() == null ? null : signature.printed().replace("、", "");
    return note.stream()
        .map(item -> sig != null && !sig.isEmpty() && item.endsWith(sig) && item.length() > sig.length()
            ? item.substring(0, item.length() - sig.length()) : item)
        .toList();
  }

  /** Lines before the first heading and the first attachment, at most {@value #FRONT_LINES} non-blank. */
  private static List<Line> frontLines(Outline outline) {
    int end = outline.bodyEnd();
    if (!outline.headings().isEmpty()) {
      end = Math.min(end, outline.headings().get(0).line());
    }
    List<Line> out = new ArrayList<>();
    for (Line l : outline.lines().subList(0, Math.min(end, outline.lines().size()))) {
      if (!l.blank() && !l.table()) {
        out.add(l);
        if (out.size() == FRONT_LINES) {
          break;
        }
      }
    }
    return out;
  }

  /** The non-blank, non-table lines of the main text up to the first attachment or the 版记. */
  private static List<Line> tailLines(Outline outline) {
    List<Line> out = new ArrayList<>();
    for (Line l : outline.lines().subList(0, Math.min(outline.bodyEnd(), outline.lines().size()))) {
      if (!l.blank() && !l.table()) {
        out.add(l);
      }
    }
    return out;
  }
}
