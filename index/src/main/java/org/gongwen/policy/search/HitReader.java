package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.FieldNames;

/**
 * Reads a {@link SearchHit} from the stored fields of an entry ({@link FieldNames}), marking the query terms
 * in its evidence (targets) or title. One rule for every backend: the embedded searcher passes the Lucene
 * document it read, the Solr searcher one rebuilt from Solr's stored fields. Thread-safe as long as the
 * marker's analyzer is.
 */
public final class HitReader {

  private final TermMarker marker;

  public HitReader(TermMarker marker) {
    this.marker = marker;
  }

  /** The hit of an entry's stored fields, its score and the query terms to mark (empty: no highlight). */
  public SearchHit toHit(Document d, float score, Set<String> terms) {
    String type = d.get(FieldNames.TYPE);
    boolean task = EntryType.TASK.code().equals(type);
    boolean target = EntryType.TARGET.code().equals(type);
    List<String> units = task || target ? unitsOf(d) : null;
    List<String> issuers = Arrays.asList(d.getValues(FieldNames.ISSUER));
    Highlight highlight = target
        ? marker.mark(FieldNames.EVIDENCE, d.get(FieldNames.EVIDENCE) != null ? d.get(FieldNames.EVIDENCE) : d.get(FieldNames.RAW), terms)
        : marker.mark(FieldNames.TITLE, d.get(FieldNames.TITLE), terms);
    return new SearchHit(
        type,
        score,
        d.get(FieldNames.DOC_ID),
        d.get(FieldNames.FILE),
        d.get(FieldNames.DOC_TITLE),
        issuers.isEmpty() ? null : issuers,
        d.get(FieldNames.DOC_NUMBER),
        d.get(FieldNames.SIGNED_DATE),
        number(d, FieldNames.ORDINAL) == null ? null : number(d, FieldNames.ORDINAL).intValue(),
        d.get(FieldNames.NUMBER),
        task ? d.get(FieldNames.TITLE) : null,
        d.get(FieldNames.SECTION),
        units == null || units.isEmpty() ? null : units,
        d.get(FieldNames.INDICATOR),
        target ? number(d, FieldNames.VALUE).doubleValue() : null,
        d.get(FieldNames.MEASURE),
        target ? intOrNull(d, FieldNames.YEAR) : null,
        d.get(FieldNames.COMPARATOR),
        d.get(FieldNames.KIND),
        d.get(FieldNames.SCOPE),
        d.get(FieldNames.RAW),
        d.get(FieldNames.EVIDENCE),
        highlight,
        d.get(FieldNames.JSON));
  }

  /** Unit names in index order, lead units marked with a leading {@code *}. */
  private static List<String> unitsOf(Document d) {
    List<String> leads = Arrays.asList(d.getValues(FieldNames.LEAD_UNIT));
    List<String> units = new ArrayList<>();
    for (String u : d.getValues(FieldNames.UNIT)) {
      units.add(leads.contains(u) ? "*" + u : u);
    }
    return units;
  }

  private static Number number(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  private static Integer intOrNull(Document d, String field) {
    Number n = number(d, field);
    return n == null ? null : n.intValue();
  }

}
