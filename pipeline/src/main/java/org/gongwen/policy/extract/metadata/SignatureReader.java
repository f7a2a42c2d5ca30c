package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.text.CharClass;

/**
 * Reads the signature block: a 成文日期 line (alone, or after the organ on the same line) with the organ
 * line(s) right above it, and the 附注 under it. It is looked for first in the notice after the 主送 line
 * (a notice that forwards a plan signs before the plan), then at the end of the main text (an 意见 or a
 * notice with its own headings signs after its last part, before the attachments).
 *
 * <p>Joint signatures stack organs on lines or stand apart by white space on one; a line that also holds
 * other text (a contact line or the 附件说明 the text layer glued to it) gives the organs at its end; a
 * 附注 glued after the date is still the 附注.
 * Seal notes ({@code （代章）}) are dropped.
 */
public final class SignatureReader {

  private static final Pattern CLAUSE_MARK = Pattern.compile(".*[。，；：:].*");
  private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

  private static final Pattern NOTE = Pattern.compile("^[（(](.+)[）)]$");
  private static final Pattern SEAL_NOTE = Pattern.compile("[（(]\\s*代\\s*章\\s*[）)]");
  private static final Pattern DATE = Pattern.compile(ChineseDateParser.DATE);
  private static final int MAX_DATE_LINE = 40;
  /** A 附注 the text layer glued to the date line ({@code 2023年5月12日公开方式：主动公开}). */
  private static final int MAX_NOTE = 30;
  private static final int MAX_SIGNATURE_LINES = 4;
  private static final int TAIL_LINES = 8;

  private final OrganNames organs;
  private final ChineseDateParser dates;
  private final Pattern noteLabel;

  public SignatureReader(OrganNames organs, ChineseDateParser dates, MetadataWords words) {
    this.organs = organs;
    this.dates = dates;
    this.noteLabel = Pattern.compile("^" + words.noteLabel() + "\\s*[：:].+$");
  }

  /**
   * @param front the front lines, searched from {@code from}
   * @param tail the last lines of the main text, searched when the front has no signature
   * @param known organs the title names (a glued line is cut at them)
   * @param captions attachment captions (a glued 附件说明 item is not part of the signature)
   */
  public Signature read(List<Line> front, int from, List<Line> tail, Collection<String> known,
      Collection<String> captions) {
    for (int k = Math.max(from, 0); k < front.size(); k++) {
      Optional<Signature> s = signatureAt(front, k, known, captions);
      if (s.isPresent()) {
        return s.get();
      }
    }
    for (int k = tail.size() - 1; k >= Math.max(0, tail.size() - TAIL_LINES); k--) {
      Optional<Signature> s = signatureAt(tail, k, known, captions);
      if (s.isPresent()) {
        return s.get();
      }
    }
    return Signature.none();
  }

  private Optional<Signature> signatureAt(List<Line> lines, int k, Collection<String> known,
      Collection<String> captions) {
    String line = lines.get(k).text().strip();
    Matcher d = DATE.matcher(line);
    Optional<String> date = dates.find(line);
    if (date.isEmpty() || !d.find() || line.length() > MAX_DATE_LINE + MAX_NOTE) {
      return Optional.empty();
    }
    String after = line.substring(d.end()).strip();
    String gluedNote = after.isEmpty() ? null : note(after);
    if (!after.isEmpty() && gluedNote == null) {
      return Optional.empty();
    }
    String t = line.substring(0, d.end()).strip();
    if (t.length() > MAX_DATE_LINE) {
      return Optional.empty();
    }
    String before = DATE.matcher(t).replaceAll("").strip();
    List<String> names;
    String printed;
    if (!before.isEmpty() && !CLAUSE_MARK.matcher(before).matches()) {
      String organLine = SEAL_NOTE.matcher(before).replaceAll("");
      names = organs.allOrgans(organLine) ? organs.split(organLine) : List.of();
      printed = names.isEmpty() ? CharClass.withoutRegexSpace(organLine) : String.join("、", names);
    } else if (dates.isDateLine(t)) {
      List<String> above = new ArrayList<>();
      printed = above(lines, k, known, captions, above);
      names = above;
      if (printed == null) {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    return Optional.of(new Signature(names, printed, date.get(),
        gluedNote != null ? gluedNote : noteAfter(lines, k)));
  }

  /** The signature lines above the date line; fills {@code names} with their organs; null when none. */
  private String above(List<Line> lines, int dateLine, Collection<String> known, Collection<String> captions,
      List<String> names) {
    List<String> parts = new ArrayList<>();
    List<String> found = new ArrayList<>();
    boolean allOrgans = true;
    for (int j = dateLine - 1; j >= 0 && parts.size() < MAX_SIGNATURE_LINES; j--) {
      String t = SEAL_NOTE.matcher(lines.get(j).text().strip()).replaceAll("").strip();
      boolean sentence = t.length() > MAX_DATE_LINE || CLAUSE_MARK.matcher(t).matches() || DIGIT.matcher(t).matches();
      if (sentence) {
        if (j == dateLine - 1) {
          List<String> tail = organs.tail(t, known, captions);
          if (!tail.isEmpty()) {
            names.addAll(tail);
            return String.join("、", tail);
          }
        }
        break;
      }
      if (organs.allOrgans(t)) {
        List<String> line = organs.split(t);
        found.addAll(0, line);
        parts.add(0, String.join("、", line));
      } else {
        allOrgans = false;
        parts.add(0, CharClass.withoutRegexSpace(t));
      }
      if (j > 0 && lines.get(j).index() - lines.get(j - 1).index() > 1) {
        break;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (allOrgans) {
      names.addAll(found);
    } else if (parts.size() == 1 && organs.isOrgan(parts.get(0))) {
      names.add(parts.get(0));
    }
    return String.join("、", parts);
  }

  /** A bracketed line, or a labelled 附注 line ({@code 公开方式：主动公开}), right after the date. */
  private String noteAfter(List<Line> lines, int k) {
    if (k + 1 >= lines.size()) {
      return null;
    }
    return note(lines.get(k + 1).text().strip());
  }

  private String note(String text) {
    Matcher n = NOTE.matcher(text);
    if (n.matches()) {
      return n.group(1).strip();
    }
    return noteLabel.matcher(text).matches() ? CharClass.withoutRegexSpace(text) : null;
  }
}
