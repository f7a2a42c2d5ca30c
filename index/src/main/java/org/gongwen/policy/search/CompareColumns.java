package org.gongwen.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.gongwen.policy.index.FieldNames;

/**
 * Reads {@link CompareRow}s from doc values instead of stored fields: a comparison lists up to
 * thousands of targets, and stored fields cost a block decompression each (~10 µs) where a doc-value
 * lookup costs well under one. Stateless; one call reads one sorted batch of doc ids.
 */
final class CompareColumns {

  private CompareColumns() {}

  /** The rows of target entries {@code docs} (global doc ids, ascending). */
  static List<CompareRow> read(IndexReader reader, int[] docs) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    List<CompareRow> rows = new ArrayList<>(docs.length);
    Leaf leaf = null;
    for (int doc : docs) {
      LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf == null || leaf.ctx != ctx) {
        leaf = new Leaf(ctx);
      }
      rows.add(leaf.row(doc - ctx.docBase));
    }
    return rows;
  }

  /** The doc-value iterators of one segment; advanced forward only. */
  private static final class Leaf {
    private final LeafReaderContext ctx;
    private final SortedDocValues indicator;
    private final NumericDocValues value;
    private final SortedSetDocValues measure;
    private final NumericDocValues year;
    private final SortedDocValues comparator;
    private final SortedSetDocValues kind;
    private final SortedSetDocValues issuer;
    private final SortedDocValues title;
    private final SortedDocValues file;
    private final SortedDocValues scope;

    Leaf(LeafReaderContext ctx) throws IOException {
      this.ctx = ctx;
      LeafReader r = ctx.reader();
      indicator = DocValues.getSorted(r, FieldNames.INDICATOR);
      value = DocValues.getNumeric(r, FieldNames.VALUE);
      measure = DocValues.getSortedSet(r, FieldNames.MEASURE);
      year = DocValues.getNumeric(r, FieldNames.YEAR);
      comparator = DocValues.getSorted(r, FieldNames.COMPARATOR);
      kind = DocValues.getSortedSet(r, FieldNames.KIND);
      issuer = DocValues.getSortedSet(r, FieldNames.ISSUER);
      title = DocValues.getSorted(r, FieldNames.DOC_TITLE);
      file = DocValues.getSorted(r, FieldNames.FILE);
      scope = DocValues.getSorted(r, FieldNames.SCOPE);
    }

    CompareRow row(int doc) throws IOException {
      String fileName = string(file, doc);
      String docTitle = string(title, doc);
      return new CompareRow(string(indicator, doc),
          value.advanceExact(doc) ? Double.longBitsToDouble(value.longValue()) : null,
          first(measure, doc),
          year.advanceExact(doc) ? (int) year.longValue() : null,
          string(comparator, doc),
          first(kind, doc),
          joined(issuer, doc),
          docTitle != null ? docTitle : fileName,
          fileName,
          string(scope, doc));
    }

    private static String string(SortedDocValues dv, int doc) throws IOException {
      return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }

    private static String first(SortedSetDocValues dv, int doc) throws IOException {
      return dv.advanceExact(doc) ? dv.lookupOrd(dv.nextOrd()).utf8ToString() : null;
    }

    /** All values joined with 、, in term order (issuers of one policy). */
    private static String joined(SortedSetDocValues dv, int doc) throws IOException {
      if (!dv.advanceExact(doc)) {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < dv.docValueCount(); i++) {
        if (i > 0) {
          sb.append('、');
        }
        sb.append(dv.lookupOrd(dv.nextOrd()).utf8ToString());
      }
      return sb.toString();
    }
  }
}
