package org.gongwen.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.LuceneEntries;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.model.PolicyDocument;

/**
 * The search load benchmark: grows one synthetic corpus ({@link SyntheticCorpus}) through several sizes
 * (stages, counted in targets: 100,000, 300,000, 1,000,000), keeps a snapshot of the index at each
 * stage, then times every researcher query kind against all stages in one process, interleaved run by
 * run, so the growth from one size to the next is measured under the same machine load. Not a unit
 * test: the numbers depend on the machine; {@code policy bench load} prints them.
 *
 * <p>Stage snapshots are hard links to the files of the commit that closed the stage (Lucene never
 * rewrites a file it has written), so the three indexes cost little more disk than the largest, and a
 * kept root is reused by the next run instead of indexing again.
 */
public final class LoadBench {

  /** Sub-directory of a stage's snapshot under the root. */
  static String stageName(int targets) {
    return String.format(Locale.ROOT, "targets-%07d", targets);
  }

  /**
   * One stage's index.
   *
   * @param minTargets the stage: at least this many targets
   * @param dir the snapshot directory
   * @param documents policies indexed
   * @param tasks task entries
   * @param targets target entries
   * @param indexSeconds wall time from the empty index to this stage's commit; NaN when reused
   * @param indexBytes size of the snapshot
   */
  public record Stage(int minTargets, Path dir, long documents, long tasks, long targets, double indexSeconds,
      long indexBytes) {
    public boolean reused() {
      return Double.isNaN(indexSeconds);
    }
  }

  /**
   * The outcome.
   *
   * @param stages the indexes, smallest first
   * @param latencies per query kind, one per stage in the order of {@code stages}
   */
  public record Result(List<Stage> stages, Map<String, List<Latency>> latencies) {}

  /** Latency percentiles of one query kind, in milliseconds, with the mean total and how often it was exact. */
  public record Latency(int runs, double p50, double p99, double max, double meanTotal, int exactTotals) {}

  /** A named query kind: run {@code i} builds its request; {@code compare} runs it as a comparison. */
  public record Kind(String name, IntFunction<SearchRequest> request, boolean compare) {
    public Kind(String name, IntFunction<SearchRequest> request) {
      this(name, request, false);
    }

    /** Runs it; the total and whether it is exact (lower bound otherwise). */
    SearchResult run(PolicySearcher searcher, int i) throws IOException {
      SearchRequest r = request.apply(i);
      if (compare) {
        return new SearchResult(searcher.compare(r).total(), 0, List.of(), null);
      }
      return searcher.query(r);
    }
  }

  private final int runs;
  private final int warmup;
  private final int threads;

  /** Timed and untimed runs per kind and stage; one indexing thread. */
  public LoadBench(int runs, int warmup) {
    this(runs, warmup, 1);
  }

  /**
   * Timed and untimed runs per kind and stage; {@code threads} add variants to the stage index at once
   * (more than one: entries land in another order, so ties of equal score may rank in another order
   * from one build to the next; the postings are the same).
   */
  public LoadBench(int runs, int warmup, int threads) {
    if (runs < 1 || warmup < 0 || threads < 1) {
      throw new IllegalArgumentException("runs and threads must be >= 1 and warm-up >= 0, got [" + runs + ", "
          + warmup + ", " + threads + "]");
    }
    this.runs = runs;
    this.warmup = warmup;
    this.threads = threads;
  }

  /**
   * The researcher questions of docs/search.md and the broad ones of a large index (free text that
   * matches a fifth of the entries, with and without facets, sorted by value or year, numeric ranges),
   * varied by run so caches do not answer them all.
   */
  public static List<Kind> researcherKinds() {
    int[] years = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026};
    return List.of(
        new Kind("text+type+year", i -> SearchRequest.parse("高新技术企业 type:target year:" + years[i % years.length])),
        new Kind("lead filter", i -> SearchRequest.parse("type:task lead:区科技局 issuer:" + SyntheticCorpus.issuer(i % 200))),
        new Kind("value filter", i -> SearchRequest.parse("R&D type:target measure:% value:>" + (1 + i % 3))),
        new Kind("issuer filter", i -> SearchRequest.parse("type:document issuer:" + SyntheticCorpus.issuer(i % 200))),
        new Kind("signed year", i -> SearchRequest.parse("type:document year:" + years[i % years.length])),
        new Kind("facets", i -> SearchRequest.parse("高新技术企业 type:target year:" + years[i % years.length]).withFacets(true)),
        new Kind("compare (1000 rows)", i -> SearchRequest.parse("技术交易额 type:target").withLimit(1000), true),
        new Kind("broad text, page 3", i -> SearchRequest.parse(i % 2 == 0 ? "科技 创新" : "企业 发展").withOffset(20)),
        new Kind("broad text+facets", i -> SearchRequest.parse(i % 2 == 0 ? "科技 创新" : "企业 发展").withFacets(true)),
        new Kind("all tasks+facets", i -> SearchRequest.parse("type:task").withFacets(true)),
        new Kind("text sort value", i -> SearchRequest.parse("企业 type:target").withSort(SortOrder.VALUE)),
        new Kind("range sort year", i -> SearchRequest.parse(
            "type:target value:[" + (10 + i % 5) + " TO 10000] year:[" + years[i % years.length] + " TO 2030]")
            .withSort(SortOrder.YEAR)));
  }

  /**
   * The stage indexes under {@code root}: reused when {@code root} holds every stage's snapshot, built
   * otherwise ({@code root} must then be missing or empty) by adding variants of {@code corpus} in order
   * with the analyzer and committing at each stage. {@code searchText}: documents' full text is searched
   * (as {@code policy index --with-text}), else their outline (the default of {@code policy index}).
   */
  public List<Stage> prepare(Path root, String analyzer, boolean searchText, SyntheticCorpus corpus,
      List<Integer> stages) throws IOException {
    List<Integer> sorted = stages.stream().distinct().sorted().toList();
    if (sorted.isEmpty() || sorted.get(0) < 1) {
      throw new IllegalArgumentException("stages must be positive target counts, got " + stages);
    }
    if (sorted.stream().allMatch(s -> Files.isDirectory(root.resolve(stageName(s))))) {
      List<Stage> out = new ArrayList<>();
      for (int s : sorted) {
        Path dir = root.resolve(stageName(s));
        try (PolicySearcher searcher = PolicySearcher.open(dir)) {
          IndexStats n = searcher.stats();
          out.add(new Stage(s, dir, n.documents(), n.tasks(), n.targets(), Double.NaN, bytes(dir)));
        }
      }
      return out;
    }
    if (Files.exists(root)) {
      try (Stream<Path> entries = Files.list(root)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("[" + root + "] holds something else than the stages "
              + sorted + ": give a new or empty directory");
        }
      }
    }
    Path work = root.resolve("building");
    List<Stage> out = new ArrayList<>();
    long documents = 0;
    long tasks = 0;
    long targets = 0;
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Writer writer = new Writer(work, analyzer, searchText)) {
      int next = 0;
      for (int s : sorted) {
        List<Future<?>> added = new ArrayList<>();
        while (targets < s) {
          PolicyDocument d = corpus.variant(next++);
          added.add(pool.submit(() -> {
            writer.add(d);
            return null;
          }));
          documents++;
          tasks += d.tasks().size();
          targets += d.targets().size();
        }
        for (Future<?> f : added) {
          await(f);
        }
        writer.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        Path dir = root.resolve(stageName(s));
        snapshot(work, dir);
        out.add(new Stage(s, dir, documents, tasks, targets, seconds, bytes(dir)));
      }
    } finally {
      pool.shutdownNow();
    }
    delete(work);
    return out;
  }

  private static void await(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing the benchmark corpus", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("indexing the benchmark corpus failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Writes the synthetic variants as {@link PolicyIndexer} would (same entries, writer settings and commit
   * data; {@code LoadBenchTest} checks the two indexes answer alike), with {@link MemoizedAnalyzer} so each
   * base text is analyzed once: every variant repeats its base's texts.
   */
  static final class Writer implements AutoCloseable {
    private final Directory directory;
    private final Analyzer text;
    private final MemoizedAnalyzer analyzer;
    private final IndexWriter writer;
    private final LuceneEntries entries;

    Writer(Path dir, String analyzerName, boolean searchText) throws IOException {
      String name = Analyzers.canonical(analyzerName);
      Files.createDirectories(dir);
      this.directory = FSDirectory.open(dir);
      this.text = Analyzers.text(name);
      this.analyzer = new MemoizedAnalyzer(text);
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
      writer.setLiveCommitData(Map.of(PolicyIndexer.ANALYZER_KEY, name, PolicyIndexer.FORMAT_KEY, PolicyIndexer.FORMAT)
          .entrySet());
      this.entries = LuceneEntries.standard(searchText);
    }

    void add(PolicyDocument doc) throws IOException {
      writer.addDocuments(entries.entries(doc));
    }

    void commit() throws IOException {
      writer.commit();
    }

    @Override
    public void close() throws IOException {
      try (directory; text; analyzer; writer) {
        writer.commit();
      }
    }
  }

  /** Links (copies where links are not supported) the files of the latest commit in {@code from} into {@code to}. */
  static void snapshot(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Directory d = FSDirectory.open(from)) {
      for (String name : SegmentInfos.readLatestCommit(d).files(true)) {
        try {
          Files.createLink(to.resolve(name), from.resolve(name));
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(from.resolve(name), to.resolve(name));
        }
      }
    }
  }

  /** Times every kind on every stage: all kinds warmed on all stages first, then runs interleaved by stage. */
  public Result run(List<Stage> stages, List<Kind> kinds) throws IOException {
    return run(stages, kinds, false);
  }

  /**
   * As {@link #run(List, List)}; {@code countAll} also times each kind with searchers that count every
   * match (no early termination, as before issue 14), reported as {@code KIND [count all]}.
   */
  public Result run(List<Stage> stages, List<Kind> kinds, boolean countAll) throws IOException {
    return run(stages, kinds, countAll, null);
  }

  /**
   * As {@link #run(List, List, boolean)}; with {@code compareWith} (a {@link SearchTuning} spec such as
   * {@code before} or {@code threads=1}) each kind is also timed with searchers of that tuning, reported as
   * {@code KIND [SPEC]}, alternating with the standard searchers run by run (run <i>i</i> on every stage
   * with the standard searchers, then with the others), so both see the same machine load.
   */
  public Result run(List<Stage> stages, List<Kind> kinds, boolean countAll, String compareWith) throws IOException {
    SearchTuning other = compareWith == null ? null : SearchTuning.parse(compareWith);
    List<PolicySearcher> searchers = new ArrayList<>();
    List<PolicySearcher> exact = new ArrayList<>();
    List<PolicySearcher> compared = new ArrayList<>();
    try {
      for (Stage s : stages) {
        searchers.add(PolicySearcher.open(s.dir()));
        if (countAll) {
          exact.add(PolicySearcher.open(s.dir(), SearchVocabulary.standard(), Integer.MAX_VALUE));
        }
        if (other != null) {
          compared.add(PolicySearcher.open(s.dir(), SearchVocabulary.standard(), PolicySearcher.EXACT_TOTAL_UP_TO,
              other));
        }
      }
      List<PolicySearcher> all = new ArrayList<>(searchers);
      all.addAll(exact);
      all.addAll(compared);
      for (Kind kind : kinds) { // warm every kind first, so the first timed kind does not pay for JIT
        for (PolicySearcher searcher : all) {
          for (int i = 0; i < warmup; i++) {
            kind.run(searcher, i);
          }
        }
      }
      Map<String, List<Latency>> latencies = new LinkedHashMap<>();
      for (Kind kind : kinds) {
        if (other != null) {
          List<PolicySearcher> both = new ArrayList<>(searchers);
          both.addAll(compared);
          List<Latency> ls = time(both, kind);
          latencies.put(kind.name(), ls.subList(0, searchers.size()));
          latencies.put(kind.name() + " [" + compareWith + "]", ls.subList(searchers.size(), ls.size()));
        } else {
          latencies.put(kind.name(), time(searchers, kind));
        }
        if (countAll) {
          latencies.put(kind.name() + " [count all]", time(exact, kind));
        }
      }
      return new Result(stages, latencies);
    } finally {
      for (PolicySearcher s : searchers) {
        s.close();
      }
      for (PolicySearcher s : exact) {
        s.close();
      }
      for (PolicySearcher s : compared) {
        s.close();
      }
    }
  }

  private List<Latency> time(List<PolicySearcher> searchers, Kind kind) throws IOException {
    int n = searchers.size();
    double[][] ms = new double[n][runs];
    long[] totals = new long[n];
    int[] exact = new int[n];
    for (int i = 0; i < runs; i++) {
      for (int s = 0; s < n; s++) {
        long t0 = System.nanoTime();
        SearchResult r = kind.run(searchers.get(s), warmup + i);
        ms[s][i] = (System.nanoTime() - t0) / 1e6;
        totals[s] += r.total();
        exact[s] += r.totalExact() ? 1 : 0;
      }
    }
    List<Latency> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      double[] sorted = ms[s];
      Arrays.sort(sorted);
      out.add(new Latency(runs, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[runs - 1],
          (double) totals[s] / runs, exact[s]));
    }
    return out;
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Lines for the report: the stages, then per kind p50/p99 per stage and the growth from the first to the last. */
  public static List<String> describe(Result r) {
    List<String> lines = new ArrayList<>();
    for (Stage s : r.stages()) {
      lines.add(String.format(Locale.ROOT, "stage %,d: %,d documents, %,d tasks, %,d targets, index %.1f MB, %s",
          s.minTargets(), s.documents(), s.tasks(), s.targets(), s.indexBytes() / 1e6,
          s.reused() ? "reused" : String.format(Locale.ROOT, "indexed in %.0f s (%.0f targets/s)", s.indexSeconds(),
              s.targets() / s.indexSeconds())));
    }
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-34s", "query kind"));
    for (Stage s : r.stages()) {
      head.append(String.format(Locale.ROOT, " | %-27s", label(s.minTargets()) + " p50/p99 ms, hits"));
    }
    head.append(" | p50 x, p99 x");
    lines.add(head.toString());
    r.latencies().forEach((name, ls) -> {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", name));
      for (Latency l : ls) {
        line.append(String.format(Locale.ROOT, " | %6.2f %6.2f %13s", l.p50(), l.p99(), hits(l)));
      }
      Latency first = ls.get(0);
      Latency last = ls.get(ls.size() - 1);
      line.append(String.format(Locale.ROOT, " | %5.1f %5.1f", last.p50() / first.p50(), last.p99() / first.p99()));
      lines.add(line.toString());
    });
    return lines;
  }

  private static String hits(Latency l) {
    String mean = String.format(Locale.ROOT, "%.0f", l.meanTotal());
    if (l.exactTotals() == l.runs()) {
      return mean;
    }
    return (l.exactTotals() == 0 ? ">=" : "~>=") + mean;
  }

  private static String label(int targets) {
    return targets % 1_000_000 == 0 ? targets / 1_000_000 + "M" : targets % 1000 == 0 ? targets / 1000 + "k" : "" + targets;
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
