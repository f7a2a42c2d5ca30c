package org.gongwen.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.gongwen.policy.index.FieldNames;

/**
 * Counts the facet values of every match while the matches are collected: per segment, each string
 * dimension (sorted-set doc values) is counted by the segment's own ordinals in an array, and the year
 * (numeric doc values) in an array spanning the segment's years (from the year points); only the ordinals
 * that were counted are looked up as labels, once per segment, when the counts are reduced. No global
 * ordinal map is needed (Lucene's {@code StringValueFacetCounts} maps every hit's ordinal through one) and
 * no bitset of the matches is kept, so the counting can share the pass that collects the page
 * ({@code MultiCollectorManager}) and run on index slices in parallel. Gives the same counts as Lucene's
 * facet counts: a value counts once per entry that has it.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {

  /**
   * The counts over every match.
   *
   * @param matches how many entries were counted (the exact total)
   * @param raw per dimension of {@code stringDims} then year: value → count; string values in label
   *     order, years in ascending numeric order (as {@link FacetTally#facets} expects)
   */
  record Counts(long matches, Map<String, Map<String, Long>> raw) {}

  private final List<String> stringDims;
  private final String yearDim;

  /** Counts these sorted-set dimensions and the numeric year dimension. */
  FacetCounter(List<String> stringDims, String yearDim) {
    this.stringDims = List.copyOf(stringDims);
    this.yearDim = yearDim;
  }

  /** The dimensions of {@link PolicySearcher#FACETS}: the year numeric, the others sorted-set. */
  static FacetCounter standard() {
    return new FacetCounter(PolicySearcher.FACETS.stream().filter(d -> !FieldNames.YEAR.equals(d)).toList(),
        FieldNames.YEAR);
  }

  @Override
  public SliceCounter newCollector() {
    return new SliceCounter();
  }

  @Override
  public Counts reduce(Collection<SliceCounter> slices) throws IOException {
    long matches = 0;
    List<Map<String, Long>> strings = new ArrayList<>();
    for (int d = 0; d < stringDims.size(); d++) {
      strings.add(new TreeMap<>());
    }
    TreeMap<Integer, Long> years = new TreeMap<>();
    for (SliceCounter slice : slices) {
      for (SegmentCounts seg : slice.segments) {
        matches += seg.matches;
        for (int d = 0; d < stringDims.size(); d++) {
          seg.addLabels(d, strings.get(d));
        }
        seg.addYears(years);
      }
    }
    Map<String, Map<String, Long>> raw = new LinkedHashMap<>();
    for (int d = 0; d < stringDims.size(); d++) {
      raw.put(stringDims.get(d), strings.get(d));
    }
    Map<String, Long> yearLabels = new LinkedHashMap<>();
    years.forEach((year, count) -> yearLabels.put(Integer.toString(year), count));
    raw.put(yearDim, yearLabels);
    return new Counts(matches, raw);
  }

  /** The counts of one segment: ordinal counts per string dimension, year counts from {@code minYear}. */
  private final class SegmentCounts implements LeafCollector {
    private final SortedSetDocValues[] sets;
    private final SortedDocValues[] singles;
    private final int[][] ords;
    private final NumericDocValues year;
    private final int minYear;
    private final int[] yearCounts;
    private long matches;

    SegmentCounts(LeafReader reader) throws IOException {
      int n = stringDims.size();
      sets = new SortedSetDocValues[n];
      singles = new SortedDocValues[n];
      ords = new int[n][];
      for (int d = 0; d < n; d++) {
        sets[d] = DocValues.getSortedSet(reader, stringDims.get(d));
        // a dimension with one value per entry in this segment is read as such (no ordinal iteration)
        singles[d] = DocValues.unwrapSingleton(sets[d]);
        ords[d] = new int[(int) sets[d].getValueCount()];
      }
      PointValues points = reader.getPointValues(yearDim);
      if (points == null || points.size() == 0) {
        year = null;
        minYear = 0;
        yearCounts = new int[0];
      } else {
        year = DocValues.getNumeric(reader, yearDim);
        minYear = IntPoint.decodeDimension(points.getMinPackedValue(), 0);
        int maxYear = IntPoint.decodeDimension(points.getMaxPackedValue(), 0);
        yearCounts = new int[maxYear - minYear + 1];
      }
    }

    @Override
    public void setScorer(Scorable scorer) {
      // counts need no scores
    }

    @Override
    public void collect(int doc) throws IOException {
      matches++;
      for (int d = 0; d < ords.length; d++) {
        SortedDocValues single = singles[d];
        if (single != null) {
          if (single.advanceExact(doc)) {
            ords[d][single.ordValue()]++;
          }
        } else {
          SortedSetDocValues set = sets[d];
          if (set.advanceExact(doc)) {
            int[] counts = ords[d];
            for (int k = set.docValueCount(); k > 0; k--) {
              counts[(int) set.nextOrd()]++;
            }
          }
        }
      }
      if (year != null && year.advanceExact(doc)) {
        yearCounts[(int) year.longValue() - minYear]++;
      }
    }

    void addLabels(int d, Map<String, Long> byLabel) throws IOException {
      int[] counts = ords[d];
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          byLabel.merge(sets[d].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
        }
      }
    }

    void addYears(Map<Integer, Long> byYear) {
      for (int i = 0; i < yearCounts.length; i++) {
        if (yearCounts[i] > 0) {
          byYear.merge(minYear + i, (long) yearCounts[i], Long::sum);
        }
      }
    }
  }

  /** The collector of one index slice (one thread): a {@link SegmentCounts} per segment it visits. */
  final class SliceCounter implements Collector {
    private final List<SegmentCounts> segments = new ArrayList<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SegmentCounts seg = new SegmentCounts(context.reader());
      segments.add(seg);
      return seg;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
