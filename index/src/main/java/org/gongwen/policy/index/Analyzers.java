package org.gongwen.policy.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The one factory of the analyzer for all text fields, used both when indexing and when searching. To
 * try another tokenizer (CJK bigrams, HanLP…) change {@link #text()} and {@link #NAME} together: the
 * name goes into the index's commit data and a searcher refuses an index built with another analyzer.
 */
public final class Analyzers {

  /** Name of the analyzer {@link #text()} builds; recorded with every commit. */
  public static final String NAME = "smartcn";

  /**
   * Gap between the values of a multi-valued text field, so a phrase never spans two unit names
   * ({@code 区科技} + {@code 局…} must not match {@code 科技局}).
   */
  static final int VALUE_GAP = 100;

  private Analyzers() {}

  /** A new analyzer for Chinese text: SmartChineseAnalyzer with its default stop set (punctuation). */
  public static Analyzer text() {
    return new ValueGap(new SmartChineseAnalyzer(), VALUE_GAP);
  }

  /** Delegates everything, adds a position gap between values of a multi-valued field. */
  private static final class ValueGap extends AnalyzerWrapper {
    private final Analyzer delegate;
    private final int gap;

    ValueGap(Analyzer delegate, int gap) {
      super(delegate.getReuseStrategy());
      this.delegate = delegate;
      this.gap = gap;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return delegate;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return gap;
    }

    @Override
    public void close() {
      delegate.close();
      super.close();
    }
  }
}
