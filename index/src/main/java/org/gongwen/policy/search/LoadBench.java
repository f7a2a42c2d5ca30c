package org.gongwen.policy.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.model.PolicyDocument;

/**
 * Indexes a synthetic corpus and times it, then times each researcher query kind against it. Not a
 * unit test: the numbers depend on the machine; {@code policy bench load} prints them.
 */
public final class LoadBench {

  /**
   * The outcome.
   *
   * @param documents policies indexed
   * @param tasks task entries
   * @param targets target entries
   * @param indexSeconds wall time of adding everything and committing
   * @param indexBytes size of the index directory after commit
   * @param latencies per query kind, in milliseconds
   */
  public record Result(int documents, long tasks, long targets, double indexSeconds, long indexBytes,
      Map<String, Latency> latencies) {
    public double documentsPerSecond() {
      return documents / indexSeconds;
    }

    public double targetsPerSecond() {
      return targets / indexSeconds;
    }
  }

  /** Latency percentiles of one query kind, in milliseconds, with the mean hit count. */
  public record Latency(int runs, double p50, double p99, double max, double meanTotal) {}

  /** A named query kind: run {@code i} builds its request; {@code compare} runs it as a comparison. */
  public record Kind(String name, IntFunction<SearchRequest> request, boolean compare) {
    public Kind(String name, IntFunction<SearchRequest> request) {
      this(name, request, false);
    }

    long run(PolicySearcher searcher, int i) throws IOException {
      SearchRequest r = request.apply(i);
      return compare ? searcher.compare(r).total() : searcher.query(r).total();
    }
  }

  private final int runs;
  private final int warmup;

  public LoadBench(int runs, int warmup) {
    if (runs < 1 || warmup < 0) {
      throw new IllegalArgumentException("runs must be >= 1 and warm-up >= 0, got [" + runs + ", " + warmup + "]");
    }
    this.runs = runs;
    this.warmup = warmup;
  }

  /** The researcher questions of docs/search.md, varied by run so caches do not answer them all. */
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
        new Kind("broad text, page 3", i -> SearchRequest.parse("科技 创新").withOffset(20)));
  }

  /** Indexes {@code docs} into the empty directory {@code dir} with the analyzer, then runs the kinds. */
  public Result run(Path dir, String analyzer, List<PolicyDocument> docs, List<Kind> kinds) throws IOException {
    long tasks = docs.stream().mapToLong(d -> d.tasks().size()).sum();
    long targets = docs.stream().mapToLong(d -> d.targets().size()).sum();
    long start = System.nanoTime();
    try (PolicyIndexer indexer = PolicyIndexer.open(dir, analyzer)) {
      for (PolicyDocument d : docs) {
        indexer.add(d);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try (Stream<Path> files = Files.walk(dir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    Map<String, Latency> latencies = new LinkedHashMap<>();
    try (PolicySearcher searcher = PolicySearcher.open(dir)) {
      for (Kind kind : kinds) { // warm every kind first, so the first timed kind does not pay for JIT
        warm(searcher, kind);
      }
      for (Kind kind : kinds) {
        latencies.put(kind.name(), time(searcher, kind));
      }
    }
    return new Result(docs.size(), tasks, targets, seconds, bytes, latencies);
  }

  private void warm(PolicySearcher searcher, Kind kind) throws IOException {
    for (int i = 0; i < warmup; i++) {
      kind.run(searcher, i);
    }
  }

  private Latency time(PolicySearcher searcher, Kind kind) throws IOException {
    double[] ms = new double[runs];
    long totals = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      long total = kind.run(searcher, warmup + i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      totals += total;
    }
    Arrays.sort(ms);
    return new Latency(runs, percentile(ms, 0.50), percentile(ms, 0.99), ms[ms.length - 1], (double) totals / runs);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Lines for the report. */
  public static List<String> describe(Result r) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "indexed %d documents, %d tasks, %d targets in %.1f s: %.1f docs/s, %.0f targets/s",
        r.documents(), r.tasks(), r.targets(), r.indexSeconds(), r.documentsPerSecond(), r.targetsPerSecond()));
    lines.add(String.format(Locale.ROOT, "index size %.1f MB", r.indexBytes() / 1e6));
    lines.add(String.format(Locale.ROOT, "%-26s %6s %8s %8s %8s %10s", "query kind", "runs", "p50 ms", "p99 ms", "max ms", "mean hits"));
    r.latencies().forEach((name, l) -> lines.add(String.format(Locale.ROOT, "%-26s %6d %8.2f %8.2f %8.2f %10.0f",
        name, l.runs(), l.p50(), l.p99(), l.max(), l.meanTotal())));
    return lines;
  }
}
