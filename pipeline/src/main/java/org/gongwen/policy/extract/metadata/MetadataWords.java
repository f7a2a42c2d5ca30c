package org.gongwen.policy.extract.metadata;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * The word lists of the metadata readers, taken from the {@link Lexicon} ({@code metadata/*}): organ
 * suffixes and starts, place endings, document types (文种), forward verbs, 附注 labels and the labels of
 * the 版记. Immutable.
 */
public final class MetadataWords {

  private final List<String> organSuffixes;
  private final List<String> organStarts;
  private final List<String> centralOrgans;
  private final String placeEndings;
  private final List<String> documentTypes;
  private final List<String> forwardVerbs;
  private final List<String> repostingVerbs;
  private final List<String> orderIssuers;
  private final List<String> noteLabels;
  private final List<String> addresseeEndings;
  private final List<String> ccLabels;
  private final List<String> printedLabels;
  private final String securityLevel;
  private final String urgencyLevel;

  public MetadataWords(Lexicon lexicon) {
    this.organSuffixes = lexicon.longestFirst("metadata/organ-suffixes");
    this.organStarts = lexicon.longestFirst("metadata/organ-starts");
    this.centralOrgans = lexicon.longestFirst("metadata/central-organs");
    this.placeEndings = String.join("", lexicon.words("metadata/place-endings"));
    this.documentTypes = lexicon.longestFirst("metadata/document-types");
    this.forwardVerbs = lexicon.longestFirst("metadata/forward-verbs");
    this.repostingVerbs = lexicon.longestFirst("metadata/reposting-verbs");
    this.orderIssuers = lexicon.longestFirst("metadata/order-issuers");
    this.noteLabels = lexicon.longestFirst("metadata/note-labels");
    this.addresseeEndings = lexicon.longestFirst("metadata/addressee-endings");
    this.ccLabels = lexicon.longestFirst("metadata/cc-labels");
    this.printedLabels = lexicon.longestFirst("metadata/printed-labels");
    this.securityLevel = lexicon.alternation("metadata/security-levels");
    this.urgencyLevel = lexicon.alternation("metadata/urgency-levels");
  }

  public List<String> organSuffixes() {
    return organSuffixes;
  }

  public List<String> organStarts() {
    return organStarts;
  }

  /** Short names of central organs (财政部, 国家发展改革委 …): where a glued name begins. */
  public List<String> centralOrgans() {
    return centralOrgans;
  }

  /** Whether {@code c} ends a place name (省, 市, 县, 区 …). */
  public boolean isPlaceEnding(char c) {
    return placeEndings.indexOf(c) >= 0;
  }

  public List<String> documentTypes() {
    return documentTypes;
  }

  public List<String> forwardVerbs() {
    return forwardVerbs;
  }

  public List<String> repostingVerbs() {
    return repostingVerbs;
  }

  public List<String> orderIssuers() {
    return orderIssuers;
  }

  public List<String> noteLabels() {
    return noteLabels;
  }

  /** Whether a 主送 name is a collective addressee: {@code 各…}, or ending in 单位, 部门 … */
  public boolean isCollective(String name) {
    return name.startsWith("各") || addresseeEndings.stream().anyMatch(name::endsWith);
  }

  /** Whether {@code text} ends with a document type (文种). */
  public boolean endsWithDocumentType(String text) {
    return documentTypes.stream().anyMatch(text::endsWith);
  }

  /** A regex alternation of the list's words, longest first, each letter allowing white space after it. */
  static String alternation(List<String> words) {
    return words.stream()
        .map(w -> w.codePoints().mapToObj(Character::toString).map(Pattern::quote)
            .collect(Collectors.joining("\\s*")))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The 抄送 label alternation (white space allowed between letters). */
  String ccLabel() {
    return alternation(ccLabels);
  }

  /** The 印发 label alternation. */
  String printedLabel() {
    return alternation(printedLabels);
  }

  /** The 密级 alternation (绝密, 机密 …). */
  String securityLevel() {
    return securityLevel;
  }

  /** The 紧急程度 alternation (特急, 加急 …). */
  String urgencyLevel() {
    return urgencyLevel;
  }

  /** The 附注 label alternation. */
  String noteLabel() {
    return alternation(noteLabels);
  }
}
