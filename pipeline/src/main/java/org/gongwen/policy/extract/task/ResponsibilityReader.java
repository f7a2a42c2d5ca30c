package org.gongwen.policy.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.language.Token;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.UnitRef;

/**
 * Finds units named outside a clause (spec §4, issue "language where rules run out"): statements
 * {@code 由A牵头，B、C配合}, {@code A负责…}, one per clause (split on ；。). The sentence is segmented with
 * HanLP ({@link ChineseSegmenter}, whose dictionary holds the unit names the document's own clauses and
 * cells use); the words before 牵头/负责 must all be unit names: in that dictionary, tagged as an
 * organization, ending in an organ suffix (局, 委, 办, 厅, 中心, 政府, 管委会 …) once an alias in brackets
 * is set aside, or collective ({@code 各乡镇（街道）}); the words and endings are the lexicon's
 * {@code task/responsibility-*-words} and {@code task/organ-suffixes}. Anything else (a
 * person, 各地, a verb phrase) is not a responsibility statement.
 */
public final class ResponsibilityReader {

  private static final Pattern CLAUSE = Pattern.compile("[；;。]");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[，,、\\s]+");
  private static final Pattern TRAILING_ENDS = Pattern.compile("[；;。\\s]+$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[；;。，,\\s]+$");

  private final TaskWords words;
  private final UnitNameRule unitNames;
  private final NameListParser names = new NameListParser(false);
  /** A conjunction inside a list of names, read as 、. */
  private final Pattern conjunction;

  public ResponsibilityReader(TaskWords words, UnitNameRule unitNames) {
    this.words = words;
    this.unitNames = unitNames;
    this.conjunction = Pattern.compile("[" + words.conjunctionLetters() + "]");
  }

  /** Statements in {@code text}, whose first char is at {@code offset} of the normalized text. */
  public List<Responsibility> read(String text, int offset, ChineseSegmenter segmenter) {
    List<Responsibility> out = new ArrayList<>();
    var m = CLAUSE.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int end = m.find() ? m.end() : text.length();
      statement(text.substring(start, end), offset + start, segmenter).ifPresent(out::add);
      start = end;
    }
    return out;
  }

  private java.util.Optional<Responsibility> statement(String clause, int offset, ChineseSegmenter segmenter) {
    if (words.responsibilityLeadWords().stream().noneMatch(clause::contains)) {
      return java.util.Optional.empty(); // no word of the clause can be a lead word: no need to segment it
    }
    List<Token> tokens = segmenter.tokens(clause);
    int lead = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (words.responsibilityLeadWords().contains(tokens.get(i).word())) {
        lead = i;
        break;
      }
    }
    if (lead <= 0) {
      return java.util.Optional.empty();
    }
    int first = 0;
    while (first < lead && (tokens.get(first).nature().equals("p") || tokens.get(first).nature().equals("w"))) {
      first++; // 由, a leading comma
    }
    if (first >= lead) {
      return java.util.Optional.empty();
    }
    String leadText = clause.substring(tokens.get(first).offset(), tokens.get(lead).offset());
    List<UnitRef> units = new ArrayList<>();
    if (!addUnits(leadText, true, tokens, units)) {
      return java.util.Optional.empty();
    }
    String rest = clause.substring(tokens.get(lead).end());
    String duty = rest;
    for (int i = lead + 1; i < tokens.size(); i++) {
      if (words.responsibilitySupportWords().contains(tokens.get(i).word())) {
        String support = clause.substring(tokens.get(lead).end(), tokens.get(i).offset())
            .transform(t -> LEADING_SEPARATORS.matcher(t).replaceAll(""));
        if (addUnits(support, false, tokens, units)) {
          duty = clause.substring(tokens.get(i).end());
        }
        break;
      }
    }
    int end = TRAILING_ENDS.matcher(clause).replaceAll("").length();
    return java.util.Optional.of(new Responsibility(units, TRAILING_PUNCTUATION.matcher(duty).replaceAll(""),
        new Span(offset + clause.indexOf(leadText), offset + Math.max(end, clause.indexOf(leadText) + leadText.length()))));
  }

  /** Adds the names of a list if every one of them is a unit name; false (adding nothing) otherwise. */
  private boolean addUnits(String list, boolean lead, List<Token> tokens, List<UnitRef> out) {
    List<String> parts = new ArrayList<>();
    for (String n : names.split(conjunction.matcher(list).replaceAll("、"))) {
      String name = unitNames.name(n);
      boolean organ = words.organName(name) || taggedOrganization(name, tokens);
      if (name.isEmpty() || !organ) {
        return false;
      }
      parts.add(name);
    }
    if (parts.isEmpty()) {
      return false;
    }
    parts.forEach(p -> out.add(new UnitRef(p, lead)));
    return true;
  }

  private static boolean taggedOrganization(String name, List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.word().equals(name) && (t.nature().equals("nt") || t.nature().startsWith("nt")));
  }
}
