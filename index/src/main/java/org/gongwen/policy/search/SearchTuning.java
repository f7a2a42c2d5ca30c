package org.gongwen.policy.search;

import java.util.Locale;

/**
 * How a {@link PolicySearcher} runs a query (never what it answers: every tuning gives the same page, facet
 * counts and exact totals; a lower-bound total may differ). {@link #standard()} is what
 * {@link PolicySearcher#open} uses; the others exist so {@code policy bench load --compare-with} can time a
 * change against the code before it, interleaved in one run.
 *
 * @param threads index slices searched in parallel by a pool of this many threads (1: in the caller's
 *     thread only)
 * @param onePass with facets: the page and the facet counts in one pass over the matches (else the page,
 *     with early termination, then a second, score-free pass for the facets)
 * @param ownCounts facets counted by {@link FacetCounter} (per-segment ordinals) instead of Lucene's
 *     {@code StringValueFacetCounts} / {@code LongValueFacetCounts} over a {@code FacetsCollector}
 * @param lean per-query costs cut: a hit's stored fields are read without the policy JSON and full text
 *     a document entry also stores (which the hit does not show), and an issuer filter scans the issuer
 *     terms ({@link ContainsTermQuery}) instead of compiling a wildcard automaton
 */
record SearchTuning(int threads, boolean onePass, boolean ownCounts, boolean lean) {

  SearchTuning {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got [" + threads + "]");
    }
    if (onePass && !ownCounts) {
      throw new IllegalArgumentException("one pass needs the own facet counts");
    }
  }

  /**
   * One thread per core, page and facets in two passes, own facet counts, lean. One pass was measured
   * slower (docs/search.md): the page collector then needs every match's score, so the phrase-bonus
   * clauses are evaluated for every match, which the score-free facet pass skips.
   */
  static SearchTuning standard() {
    return new SearchTuning(Runtime.getRuntime().availableProcessors(), false, true, true);
  }

  /**
   * The searcher as it was before this tuning: one thread, two passes, Lucene's facet counts, every stored
   * field of a hit read, the issuer wildcard compiled.
   */
  static SearchTuning before() {
    return new SearchTuning(1, false, false, false);
  }

  /**
   * A tuning named {@code standard}, {@code before}, or as
   * {@code threads=N,onepass=BOOL,owncounts=BOOL,lean=BOOL}
   * (omitted keys as in standard).
   */
  static SearchTuning parse(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    if (s.equals("standard")) {
      return standard();
    }
    if (s.equals("before")) {
      return before();
    }
    SearchTuning t = standard();
    int threads = t.threads();
    boolean onePass = t.onePass();
    boolean ownCounts = t.ownCounts();
    boolean lean = t.lean();
    for (String part : s.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("bad tuning [" + part + "]: expected key=value, standard or before");
      }
      switch (kv[0].trim()) {
        case "threads" -> threads = Integer.parseInt(kv[1].trim());
        case "onepass" -> onePass = Boolean.parseBoolean(kv[1].trim());
        case "owncounts" -> ownCounts = Boolean.parseBoolean(kv[1].trim());
        case "lean" -> lean = Boolean.parseBoolean(kv[1].trim());
        default -> throw new IllegalArgumentException("unknown tuning key [" + kv[0]
            + "]: threads, onepass, owncounts, lean");
      }
    }
    return new SearchTuning(threads, onePass, ownCounts, lean);
  }

  @Override
  public String toString() {
    return "threads=" + threads + ",onepass=" + onePass + ",owncounts=" + ownCounts + ",lean=" + lean;
  }
}
