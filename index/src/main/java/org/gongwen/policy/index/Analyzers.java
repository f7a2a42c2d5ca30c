package org.gongwen.policy.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The one factory of the analyzer for all text fields, used both when indexing and when searching. The
 * chosen analyzer's name goes into the index's commit data and the searcher analyzes queries with the
 * analyzer of that name, so an index built with any of {@link #NAMES} stays searchable.
 *
 * <p>The default ({@link #NAME}) was chosen by the relevance set in {@code bench/relevance}; see
 * {@code docs/search.md}. Unit names, issuers and document numbers are exact keywords whatever the
 * analyzer: only their analyzed copies ({@code unitText}) depend on it.
 */
public final class Analyzers {

  /** SmartChineseAnalyzer: HMM word segmentation, punctuation dropped. */
  public static final String SMARTCN = "smartcn";
  /** CJKAnalyzer: overlapping bigrams of Han characters, width-folded, lower-cased. */
  public static final String CJK = "cjk";
  /** HanLP's dictionary segmenter ({@link HanLpTokenizer}), width-folded, lower-cased. */
  public static final String HANLP = "hanlp";
  /** Every analyzer this build can index and search with. */
  public static final List<String> NAMES = List.of(SMARTCN, CJK, HANLP);

  /** Name of the analyzer {@link #text()} builds; recorded with every commit. */
  public static final String NAME = SMARTCN;

  /**
   * Gap between the values of a multi-valued text field, so a phrase never spans two unit names
   * ({@code 区科技} + {@code 局…} must not match {@code 科技局}).
   */
  static final int VALUE_GAP = 100;

  private Analyzers() {}

  /** A new default analyzer for Chinese text. */
  public static Analyzer text() {
    return text(NAME);
  }

  /**
   * A new analyzer by name.
   *
   * @throws IllegalArgumentException naming the unknown analyzer and the known ones
   */
  public static Analyzer text(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    Analyzer base = switch (wanted) {
      case SMARTCN -> new SmartChineseAnalyzer();
      case CJK -> new CJKAnalyzer();
      case HANLP -> new HanLpAnalyzer();
      default -> throw new IllegalArgumentException(
          "unknown analyzer [" + name + "]: expected one of " + NAMES);
    };
    return new ValueGap(base, VALUE_GAP);
  }

  /** Canonical name of a known analyzer, or the exception of {@link #text(String)}. */
  public static String canonical(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(wanted)) {
      throw new IllegalArgumentException("unknown analyzer [" + name + "]: expected one of " + NAMES);
    }
    return wanted;
  }

  /** HanLP segmentation, then full-width folding and lower case (R&amp;D, ＲＤ, rd meet). */
  private static final class HanLpAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new HanLpTokenizer();
      TokenStream result = new LowerCaseFilter(new CJKWidthFilter(source));
      return new TokenStreamComponents(source, result);
    }
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
