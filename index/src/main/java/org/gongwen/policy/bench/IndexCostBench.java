package org.gongwen.policy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * The cost of indexing relative to extraction (issue 14, bulk {@code index}): in one JVM and one run,
 * interleaved rounds of extraction only (file → document with text, as {@code index} extracts) and of
 * extraction plus adding to a fresh index in a temporary directory (opened, filled and closed, so the
 * flush and commit are counted), over the same files on one thread. CPU is taken twice: of the measuring
 * thread, and of the whole process (garbage collection, JIT and Lucene's merge threads included), the
 * honest figure for a bulk import. The median over rounds of each per-round ratio is reported.
 */
public final class IndexCostBench {

  /** Per-document medians and the ratios of extraction + index to extraction alone. */
  public record Result(int rounds, int warmup, int files, long entries, double extractMs, double extractCpuMs,
      double extractProcessCpuMs, double indexMs, double indexCpuMs, double indexProcessCpuMs, double addCpuMs,
      double cpuRatio, double processCpuRatio, int cores) {}

  private final PolicyPipeline pipeline;
  private final int rounds;
  private final int warmup;
  private final boolean searchText;
  private final String analyzer;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** With the default analyzer ({@link Analyzers#NAME}). */
  public IndexCostBench(PolicyPipeline pipeline, int rounds, int warmup, boolean searchText) {
    this(pipeline, rounds, warmup, searchText, Analyzers.NAME);
  }

  /**
   * @param searchText as {@code index --with-text}: the full text analyzed into the body field, else the outline
   * @param analyzer one of {@link Analyzers#NAMES}: the analyzer of the temporary indexes
   */
  public IndexCostBench(PolicyPipeline pipeline, int rounds, int warmup, boolean searchText, String analyzer) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warmup at least 0");
    }
    this.pipeline = pipeline;
    this.rounds = rounds;
    this.warmup = warmup;
    this.searchText = searchText;
    this.analyzer = Analyzers.canonical(analyzer);
  }

  /**
   * Measures the files; the temporary indexes go under {@code scratch} and are deleted after each round.
   *
   * @throws IOException when an index cannot be written, or a file cannot be read (naming it)
   */
  public Result run(List<Path> files, Path scratch) throws IOException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files");
    }
    long[] entries = new long[1];
    for (int i = 0; i < warmup; i++) {
      extractRound(files);
      indexRound(files, scratch, entries);
    }
    List<double[]> samples = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double[] e = extractRound(files);
      double[] x = indexRound(files, scratch, entries);
      int n = files.size();
      samples.add(new double[] {e[0] / n, e[1] / n, e[2] / n, x[0] / n, x[1] / n, x[2] / n, x[3] / n,
          x[1] / e[1], x[2] / e[2]});
    }
    return new Result(rounds, warmup, files.size(), entries[0], median(samples, 0), median(samples, 1),
        median(samples, 2), median(samples, 3), median(samples, 4), median(samples, 5), median(samples, 6),
        median(samples, 7), median(samples, 8), Runtime.getRuntime().availableProcessors());
  }

  /** Wall, thread CPU and process CPU milliseconds of extracting every file. */
  private double[] extractRound(List<Path> files) throws IOException {
    long[] start = now();
    for (Path f : files) {
      extract(f);
    }
    return since(start);
  }

  /** As {@link #extractRound}, plus the thread CPU of the adding (incl. open and close) alone. */
  private double[] indexRound(List<Path> files, Path scratch, long[] entries) throws IOException {
    Path dir = Files.createTempDirectory(scratch, "bench-index");
    try {
      long[] start = now();
      long add = 0;
      long t = threads.getCurrentThreadCpuTime();
      PolicyIndexer indexer = PolicyIndexer.open(dir, analyzer, searchText);
      add += threads.getCurrentThreadCpuTime() - t;
      long count = 0;
      try {
        for (Path f : files) {
          PolicyDocument d = extract(f);
          count += 1 + d.tasks().size() + d.targets().size();
          t = threads.getCurrentThreadCpuTime();
          indexer.add(d);
          add += threads.getCurrentThreadCpuTime() - t;
        }
      } finally {
        t = threads.getCurrentThreadCpuTime();
        indexer.close();
        add += threads.getCurrentThreadCpuTime() - t;
      }
      double[] s = since(start);
      entries[0] = count;
      return new double[] {s[0], s[1], s[2], add / 1e6};
    } finally {
      delete(dir);
    }
  }

  private PolicyDocument extract(Path file) throws IOException {
    try {
      return pipeline.process(file, true);
    } catch (InputException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private long[] now() {
    return new long[] {System.nanoTime(), threads.getCurrentThreadCpuTime(), os.getProcessCpuTime()};
  }

  private double[] since(long[] start) {
    return new double[] {(System.nanoTime() - start[0]) / 1e6, (threads.getCurrentThreadCpuTime() - start[1]) / 1e6,
        (os.getProcessCpuTime() - start[2]) / 1e6};
  }

  private static double median(List<double[]> samples, int column) {
    List<Double> values = new ArrayList<>();
    samples.forEach(s -> values.add(s[column]));
    values.sort(Comparator.naturalOrder());
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
