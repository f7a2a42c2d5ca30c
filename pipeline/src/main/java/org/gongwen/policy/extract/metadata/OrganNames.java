package org.gongwen.policy.extract.metadata;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.text.CharClass;

/**
 * Rule: organ names of a mark, a signature or a title. An organ name ends with an organ suffix (局, 厅,
 * 委员会, 人民政府 …). Names printed without a separator ({@code 某市财政局某市医疗保障局},
 * {@code 科技部国家保密局}) are split where one name ends and the next begins with an organ start
 * (国家, 中共 …), with a central organ's name (财政部 …) or with the place the run began with; a single name is never cut inside
 * ({@code 国家发展和改革委员会}, {@code 国务院办公厅}).
 */
public final class OrganNames {

  private static final Pattern ORGAN_LETTERS = Pattern.compile("[\\p{IsHan}（）()〈〉]+");

  private static final int MAX_ORGAN = 30;
  private static final String TAIL_STOP = "：:，,。；;！？!?、0123456789０１２３４５６７８９";

  private final MetadataWords words;
  private final NameListParser spaced;

  /** @param spaced a name-list parser that splits on white space too */
  public OrganNames(MetadataWords words, NameListParser spaced) {
    this.words = words;
    this.spaced = spaced;
  }

  /** Whether {@code text} (white space ignored) is one organ name. */
  public boolean isOrgan(String text) {
    String t = CharClass.withoutRegexSpace(text);
    return t.length() >= 2 && t.length() <= MAX_ORGAN && ORGAN_LETTERS.matcher(t).matches()
        && endsWithSuffix(t) && !t.contains("关于");
  }

  /** Whether every name of {@link #split} is an organ (and there is one at least). */
  public boolean allOrgans(String text) {
    List<String> names = split(text);
    return !names.isEmpty() && names.stream().allMatch(this::isOrgan);
  }

  /** The names of a printed list: split on 、，；, white space and at the seams of glued names. */
  public List<String> split(String printed) {
    List<String> out = new ArrayList<>();
    for (String chunk : spaced.split(printed)) {
      out.addAll(unglue(CharClass.withoutRegexSpace(chunk)));
    }
    return out;
  }

  /**
   * The organs ending a line that holds other text first ({@code 联系电话：12345678某市教育局
   * 某市财政局}, {@code 附件：评价细则省人民政府办公厅}): the text after the last punctuation or digit, without a
   * leading attachment caption; a known organ it ends with when the text before is not an organ; else
   * the names of the text when all are organs; else none.
   */
  public List<String> tail(String line, Collection<String> known, Collection<String> captions) {
    String t = line.strip();
    int cut = -1;
    for (int i = 0; i < t.length(); i++) {
      if (TAIL_STOP.indexOf(t.charAt(i)) >= 0) {
        cut = i;
      }
    }
    t = t.substring(cut + 1).strip();
    String flat = CharClass.withoutRegexSpace(t);
    for (String caption : captions) {
      if (caption != null && caption.length() >= 4 && flat.startsWith(caption) && flat.length() > caption.length()) {
        flat = flat.substring(caption.length());
        t = flat;
      }
    }
    for (String k : known) {
      if (flat.endsWith(k) && flat.length() > k.length()
          && !allOrgans(flat.substring(0, flat.length() - k.length()))) {
        return List.of(k);
      }
    }
    return allOrgans(t) ? split(t) : List.of();
  }

  private List<String> unglue(String run) {
    List<String> out = new ArrayList<>();
    String place = placePrefix(run);
    int from = 0;
    for (int i = from + 2; i < run.length() - 1; i++) {
      String head = run.substring(from, i);
      String rest = run.substring(i);
      boolean nextStarts = words.organStarts().stream().anyMatch(rest::startsWith)
          || words.centralOrgans().stream().anyMatch(rest::startsWith)
          || (place != null && rest.startsWith(place));
      if (nextStarts && endsWithSuffix(head) && endsWithSuffix(rest) && !startsWithSuffix(rest)) {
        out.add(head);
        from = i;
        i = from + 1;
      }
    }
    out.add(run.substring(from));
    return out;
  }

  /** The place a name begins with, after any organ start: 广州市…, 中共温州市委 → 温州市; null if none. */
  private String placePrefix(String run) {
    int s = 0;
    for (String start : words.organStarts()) {
      if (run.startsWith(start)) {
        s = start.length();
        break;
      }
    }
    for (int i = s; i < Math.min(run.length(), s + 7); i++) {
      if (words.isPlaceEnding(run.charAt(i))) {
        return run.substring(s, i + 1);
      }
    }
    return null;
  }

  private boolean endsWithSuffix(String t) {
    return words.organSuffixes().stream().anyMatch(s -> t.length() > s.length() && t.endsWith(s));
  }

  private boolean startsWithSuffix(String t) {
    return words.organSuffixes().stream().anyMatch(s -> s.length() > 1 && t.startsWith(s));
  }
}
