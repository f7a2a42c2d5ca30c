package org.gongwen.policy.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.Heading;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.model.UnitRef;

/**
 * Turns one {@link PolicyDocument} into its Lucene documents: the {@code document} entry first, then
 * one {@code task} entry per task and one {@code target} entry per target, in list order. Pure: no I/O,
 * no state besides its configuration.
 */
public final class LuceneEntries {

  private static final Pattern ISO_YEAR = Pattern.compile("^(\\d{4})-");

  private final PolicyJson json;
  private final EvidenceWindow evidence;
  private final boolean searchText;

  /**
   * @param searchText whether a document's full text is analyzed into {@link FieldNames#BODY} (else its
   *     outline is); evidence sentences and the stored text ({@link FieldNames#TEXT}) come from the text
   *     whenever the document carries it
   */
  public LuceneEntries(PolicyJson json, EvidenceWindow evidence, boolean searchText) {
    this.json = json;
    this.evidence = evidence;
    this.searchText = searchText;
  }

  public LuceneEntries(PolicyJson json, EvidenceWindow evidence) {
    this(json, evidence, true);
  }

  /** The default configuration: the project's JSON mapper, evidence cut at 240 characters, full text searched. */
  public static LuceneEntries standard() {
    return standard(true);
  }

  /** As {@link #standard()}; {@code searchText} false indexes a document's outline instead of its full text. */
  public static LuceneEntries standard(boolean searchText) {
    return new LuceneEntries(new PolicyJson(), new EvidenceWindow(240), searchText);
  }

  /** The display title of a policy: metadata title, else the enclosed plan's title, else the file. */
  public static String displayTitle(PolicyDocument doc) {
    DocMetadata m = doc.metadata();
    if (m.title() != null && !m.title().isBlank()) {
      return m.title();
    }
    if (m.enclosedTitle() != null && !m.enclosedTitle().isBlank()) {
      return m.enclosedTitle();
    }
    return doc.source().file();
  }

  /** All entries of the policy; the first is the {@code document} entry. */
  public List<Document> entries(PolicyDocument doc) {
    if (doc.source().file() == null || doc.source().file().isBlank()) {
      throw new IllegalArgumentException("policy [" + doc.id() + "] has no source file: nothing to key it by");
    }
    List<Document> out = new ArrayList<>(1 + doc.tasks().size() + doc.targets().size());
    out.add(documentEntry(doc));
    for (int i = 0; i < doc.tasks().size(); i++) {
      out.add(taskEntry(doc, i));
    }
    for (int i = 0; i < doc.targets().size(); i++) {
      out.add(targetEntry(doc, i));
    }
    return out;
  }

  private Document common(PolicyDocument doc, EntryType type, int ordinal) {
    Document d = new Document();
    d.add(new StringField(FieldNames.TYPE, type.code(), Field.Store.YES));
    d.add(new StringField(FieldNames.DOC_ID, doc.id(), Field.Store.YES));
    d.add(new StringField(FieldNames.FILE, doc.source().file(), Field.Store.YES));
    d.add(new SortedDocValuesField(FieldNames.FILE, new BytesRef(doc.source().file())));
    d.add(new StoredField(FieldNames.DOC_TITLE, displayTitle(doc)));
    d.add(new SortedDocValuesField(FieldNames.DOC_TITLE, KeywordBound.bytes(displayTitle(doc))));
    d.add(new StoredField(FieldNames.ORDINAL, ordinal));
    for (String issuer : new LinkedHashSet<>(doc.metadata().issuers())) {
      addFacetKeyword(d, FieldNames.ISSUER, issuer);
    }
    return d;
  }

  private Document documentEntry(PolicyDocument doc) {
    Document d = common(doc, EntryType.DOCUMENT, 0);
    DocMetadata m = doc.metadata();
    addText(d, FieldNames.TITLE, m.title(), true);
    addText(d, FieldNames.TITLE, m.enclosedTitle(), true);
    addKeyword(d, FieldNames.DOC_NUMBER, m.docNumber());
    addKeyword(d, FieldNames.SIGNED_DATE, m.signedDate());
    Integer year = signedYear(m.signedDate());
    if (year != null) {
      addYear(d, year);
    }
    addText(d, FieldNames.BODY, doc.text() != null && searchText ? doc.text() : outline(doc), false);
    addUnits(d, doc.tasks().stream().flatMap(t -> t.units().stream()).toList());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("id", doc.id());
    summary.put("source", doc.source());
    summary.put("metadata", m);
    summary.put("tasks", doc.tasks().size());
    summary.put("targets", doc.targets().size());
    d.add(new StoredField(FieldNames.JSON, json.toLine(summary)));
    d.add(new StoredField(FieldNames.POLICY, json.toLine(doc.withoutText())));
    if (doc.text() != null) {
      d.add(new StoredField(FieldNames.TEXT, doc.text()));
    }
    return d;
  }

  private Document taskEntry(PolicyDocument doc, int index) {
    Task t = doc.tasks().get(index);
    Document d = common(doc, EntryType.TASK, index);
    addKeyword(d, FieldNames.NUMBER, t.number());
    addText(d, FieldNames.TITLE, t.title(), true);
    addText(d, FieldNames.SECTION, t.section(), true);
    addText(d, FieldNames.BODY, t.text(), false);
    addUnits(d, t.units());
    d.add(new StoredField(FieldNames.JSON, json.toLine(t)));
    return d;
  }

  private Document targetEntry(PolicyDocument doc, int index) {
    Target t = doc.targets().get(index);
    Document d = common(doc, EntryType.TARGET, index);
    addText(d, FieldNames.INDICATOR, t.indicator(), true);
    if (!t.indicator().isBlank()) { // Lucene wants a field's parts alike on every entry that has it
      d.add(new SortedDocValuesField(FieldNames.INDICATOR, KeywordBound.bytes(t.indicator())));
    }
    d.add(new DoublePoint(FieldNames.VALUE, t.value()));
    d.add(new StoredField(FieldNames.VALUE, t.value()));
    d.add(new DoubleDocValuesField(FieldNames.VALUE, t.value()));
    addFacetKeyword(d, FieldNames.MEASURE, t.unit());
    if (t.year() != null) {
      addYear(d, t.year());
    }
    addKeyword(d, FieldNames.COMPARATOR, t.comparator().symbol());
    d.add(new SortedDocValuesField(FieldNames.COMPARATOR, new BytesRef(t.comparator().symbol())));
    addFacetKeyword(d, FieldNames.KIND, t.kind().json());
    addText(d, FieldNames.SCOPE, t.scope(), true);
    if (t.scope() != null && !t.scope().isBlank()) {
      d.add(new SortedDocValuesField(FieldNames.SCOPE, KeywordBound.bytes(t.scope())));
    }
    d.add(new StoredField(FieldNames.RAW, t.raw()));
    addText(d, FieldNames.EVIDENCE, evidence.around(doc.text(), t.span(), t.raw()), true);
    Integer task = t.task();
    if (task != null && task >= 0 && task < doc.tasks().size()) {
      d.add(new StoredField(FieldNames.TASK, task.intValue()));
      addUnits(d, doc.tasks().get(task).units());
    }
    d.add(new StoredField(FieldNames.JSON, json.toLine(t)));
    return d;
  }

  /** Searchable stand-in for the full text: titles, headings, tasks. */
  private static String outline(PolicyDocument doc) {
    StringBuilder sb = new StringBuilder();
    DocMetadata m = doc.metadata();
    appendLine(sb, m.title());
    appendLine(sb, m.enclosedTitle());
    for (Heading h : doc.headings()) {
      appendLine(sb, h.title());
    }
    for (Task t : doc.tasks()) {
      appendLine(sb, t.title());
      appendLine(sb, t.text());
    }
    return sb.toString();
  }

  private static void appendLine(StringBuilder sb, String s) {
    if (s != null && !s.isBlank()) {
      sb.append(s).append('\n');
    }
  }

  private static Integer signedYear(String isoDate) {
    if (isoDate == null) {
      return null;
    }
    Matcher m = ISO_YEAR.matcher(isoDate);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static void addYear(Document d, int year) {
    d.add(new IntPoint(FieldNames.YEAR, year));
    d.add(new StoredField(FieldNames.YEAR, year));
    d.add(new NumericDocValuesField(FieldNames.YEAR, year));
  }

  /** Unit keywords and text, each name once (a name lead anywhere in the list is a lead unit). */
  private static void addUnits(Document d, List<UnitRef> refs) {
    Set<String> units = new LinkedHashSet<>();
    Set<String> leads = new LinkedHashSet<>();
    for (UnitRef u : refs) {
      units.add(u.name());
      if (u.lead()) {
        leads.add(u.name());
      }
    }
    for (String u : units) {
      addFacetKeyword(d, FieldNames.UNIT, u);
      addText(d, FieldNames.UNIT_TEXT, u, false);
    }
    for (String u : leads) {
      addFacetKeyword(d, FieldNames.LEAD_UNIT, u);
      addText(d, FieldNames.LEAD_UNIT_TEXT, u, false);
    }
  }

  /** An exact-match keyword, bounded ({@link KeywordBound}); the stored value is the full text. */
  private static void addKeyword(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      String term = KeywordBound.text(value);
      if (term.equals(value)) {
        d.add(new StringField(field, value, Field.Store.YES));
      } else {
        d.add(new StringField(field, term, Field.Store.NO));
        d.add(new StoredField(field, value));
      }
    }
  }

  /** A keyword that is also counted in facets: the exact term plus a sorted-set doc value. */
  private static void addFacetKeyword(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      addKeyword(d, field, value);
      d.add(new SortedSetDocValuesField(field, KeywordBound.bytes(value)));
    }
  }

  private static void addText(Document d, String field, String value, boolean stored) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }
}
