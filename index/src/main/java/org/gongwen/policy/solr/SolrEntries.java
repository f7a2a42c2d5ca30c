package org.gongwen.policy.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.index.KeywordBound;
import org.gongwen.policy.index.LuceneEntries;
import org.gongwen.policy.model.PolicyDocument;

/**
 * Turns one policy into its Solr documents, from the very Lucene documents the embedded index writes
 * ({@link LuceneEntries}): so both indexes hold the same entries with the same values. Per field, the
 * stored values are sent when the field is stored (display and search see the same text), else the
 * indexed ones (analyzed-only text: {@code body}, {@code unitText}); doc-values and point parts are
 * left to Solr's schema, which derives them from the one value. Adds the unique key {@link #ID}:
 * {@code docId!type-ordinal}, whose {@code docId!} prefix routes every entry of a policy to one shard.
 * Keyword values are cut as {@link KeywordBound} cuts the embedded terms. Pure.
 */
public final class SolrEntries {

  /** The unique key field of the Solr schema. */
  public static final String ID = "id";

  /** Fields the Solr schema indexes as exact strings: bounded like the embedded keyword terms. */
  static final Set<String> KEYWORDS = Set.of(FieldNames.TYPE, FieldNames.DOC_ID, FieldNames.FILE, FieldNames.ISSUER,
      FieldNames.DOC_NUMBER, FieldNames.SIGNED_DATE, FieldNames.NUMBER, FieldNames.UNIT, FieldNames.LEAD_UNIT,
      FieldNames.MEASURE, FieldNames.COMPARATOR, FieldNames.KIND);

  /** Fields the schema lets repeat (the rest hold one value). */
  static final Set<String> MULTI_VALUED = Set.of(FieldNames.TITLE, FieldNames.ISSUER, FieldNames.UNIT,
      FieldNames.LEAD_UNIT, FieldNames.UNIT_TEXT, FieldNames.LEAD_UNIT_TEXT);

  private final LuceneEntries entries;
  private final ObjectMapper mapper;

  public SolrEntries(LuceneEntries entries, ObjectMapper mapper) {
    this.entries = entries;
    this.mapper = mapper;
  }

  /** All Solr documents of the policy, the {@code document} entry first. */
  public List<ObjectNode> of(PolicyDocument doc) {
    List<ObjectNode> out = new ArrayList<>();
    for (Document d : entries.entries(doc)) {
      out.add(toSolr(d));
    }
    return out;
  }

  private ObjectNode toSolr(Document d) {
    Map<String, List<IndexableField>> stored = new LinkedHashMap<>();
    Map<String, List<IndexableField>> indexed = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f.fieldType().stored()) {
        stored.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
      } else if (f.fieldType().indexOptions() != IndexOptions.NONE) {
        indexed.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, List<IndexableField>> values = new LinkedHashMap<>(indexed);
    values.putAll(stored); // a stored value wins over the bounded term of the same keyword
    ObjectNode out = mapper.createObjectNode();
    out.put(ID, d.get(FieldNames.DOC_ID) + "!" + d.get(FieldNames.TYPE) + "-"
        + stored.get(FieldNames.ORDINAL).get(0).numericValue().intValue());
    values.forEach((name, fields) -> {
      if (MULTI_VALUED.contains(name)) {
        ArrayNode array = out.putArray(name);
        fields.forEach(f -> addTo(array, name, f));
      } else {
        if (fields.size() != 1) {
          throw new IllegalStateException("field [" + name + "] has " + fields.size() + " values, the Solr schema one");
        }
        ArrayNode one = mapper.createArrayNode();
        addTo(one, name, fields.get(0));
        out.set(name, one.get(0));
      }
    });
    return out;
  }

  private static void addTo(ArrayNode array, String name, IndexableField f) {
    Number n = f.numericValue();
    if (n instanceof Double || n instanceof Float) {
      array.add(n.doubleValue());
    } else if (n != null) {
      array.add(n.longValue());
    } else {
      String s = f.stringValue();
      array.add(KEYWORDS.contains(name) ? KeywordBound.text(s) : s);
    }
  }
}
