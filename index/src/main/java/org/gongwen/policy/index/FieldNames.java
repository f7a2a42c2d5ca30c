package org.gongwen.policy.index;

/**
 * The Lucene field names of the index. Keyword fields are indexed as one exact term; text fields are
 * analyzed with {@link Analyzers#text()}. "Stored" fields come back with a hit.
 */
public final class FieldNames {

  // --- on every entry ---
  /** Keyword, stored: {@code document}, {@code task} or {@code target} ({@link EntryType#code()}). */
  public static final String TYPE = "type";
  /** Keyword, stored: the policy id (spec §1 {@code id}). */
  public static final String DOC_ID = "docId";
  /** Keyword, stored, sorted doc values: the source file as the pipeline reports it; the replacement key. */
  public static final String FILE = "file";
  /** Stored, sorted doc values: the policy's display title (metadata title, else enclosed title, else file). */
  public static final String DOC_TITLE = "docTitle";
  /** Stored int: position of the item in the policy's task or target list; 0 for the document entry. */
  public static final String ORDINAL = "ordinal";
  /** Stored only: compact JSON of the item (task, target, or document summary) for display. */
  public static final String JSON = "json";

  // --- document entries: what the document view shows ---
  /** Stored only: the policy's whole policy-doc/1 JSON, compact, without its text. */
  public static final String POLICY = "policy";
  /** Stored only: the policy's normalized text (the spans point into it), when extraction kept it. */
  public static final String TEXT = "text";

  // --- document and task entries ---
  /** Text, stored: document title (and enclosed title as second value), or task title. */
  public static final String TITLE = "title";
  /** Text, not stored: the document's full text (or title + headings + tasks), or a task's text. */
  public static final String BODY = "body";

  /**
   * Keyword, stored, sorted-set doc values, multi-valued: the policy's issuing organs, on every entry
   * so tasks and targets filter and facet by issuer.
   */
  public static final String ISSUER = "issuer";

  // --- document entries ---
  /** Keyword, stored: 发文字号. */
  public static final String DOC_NUMBER = "docNumber";
  /** Keyword, stored: 成文日期, ISO. */
  public static final String SIGNED_DATE = "signedDate";

  // --- task entries (unit fields also on targets of a task and on the document entry) ---
  /** Keyword, stored: the task's numeral as printed. */
  public static final String NUMBER = "number";
  /** Text, stored: the section heading the task sits under. */
  public static final String SECTION = "section";
  /** Keyword, stored, sorted-set doc values, multi-valued: every responsible unit, as printed. */
  public static final String UNIT = "unit";
  /** Keyword, stored, sorted-set doc values, multi-valued: the lead units. */
  public static final String LEAD_UNIT = "leadUnit";
  /** Text, multi-valued: the unit names analyzed, so {@code 科技局} finds {@code 区科技局}. */
  public static final String UNIT_TEXT = "unitText";
  /** Text, multi-valued: the lead unit names analyzed, for the {@code lead:} filter. */
  public static final String LEAD_UNIT_TEXT = "leadUnitText";

  // --- target entries ---
  /** Text, stored, sorted doc values (for comparisons): what is measured. */
  public static final String INDICATOR = "indicator";
  /** DoublePoint + stored + doc values: the value in the base unit. */
  public static final String VALUE = "value";
  /**
   * Keyword, stored, sorted-set doc values: the target's measure word (家, 个, %…). Not named {@code unit}: that name is the
   * responsible-unit keyword, which target entries inherit from their task.
   */
  public static final String MEASURE = "measure";
  /** IntPoint + stored + doc values: a target's due year; a document's signing year. */
  public static final String YEAR = "year";
  /** Keyword, stored, sorted doc values: {@code >=}, {@code <=}, {@code ~}, {@code =}. */
  public static final String COMPARATOR = "comparator";
  /** Keyword, stored, sorted-set doc values: level, increase, growth, share, annual. */
  public static final String KIND = "kind";
  /** Text, stored, sorted doc values: the area or body the target is for. */
  public static final String SCOPE = "scope";
  /** Stored only: the evidence as printed (spec §5 {@code raw}). */
  public static final String RAW = "raw";
  /**
   * Text, stored: the sentence around the target's span in the normalized text, taken when the policy is
   * indexed ({@code index} always extracts with text for it), else {@code raw}.
   */
  public static final String EVIDENCE = "evidence";
  /** Stored int: index of the target's task in the policy's task list, absent when none. */
  public static final String TASK = "task";

  private FieldNames() {}
}
