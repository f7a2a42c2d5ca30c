package org.gongwen.policy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * The throughput benchmark of issue "Throughput close to the parsers' floor": in one JVM and one run,
 * interleaved rounds of the whole pipeline (file → document, no index) and of its baseline over the same
 * files, one thread. The baseline of text formats is HanLP segmentation of the document's whole normalized
 * text (the least any Chinese text analysis costs); the baseline of PDF is PDFBox's {@link PDFTextStripper}
 * (the least any PDF reading costs). Figures are ratios to the baseline measured in the same round, so they
 * hold on a shared, noisy machine; the median over rounds is reported.
 */
public final class ThroughputBench {

  /** One group of inputs measured against one baseline. */
  public record Group(String name, String baseline, int files, double pipelineMs, double pipelineCpuMs,
      double baselineMs, double baselineCpuMs, double ratio, double cpuRatio) {}

  /** The whole run. */
  public record Result(int rounds, int warmup, List<Group> groups, long peakHeapMb, int cores) {}

  private final PolicyPipeline pipeline;
  private final int rounds;
  private final int warmup;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  public ThroughputBench(PolicyPipeline pipeline, int rounds, int warmup) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warmup at least 0");
    }
    this.pipeline = pipeline;
    this.rounds = rounds;
    this.warmup = warmup;
  }

  /** Measures the given files, grouped into PDF and text formats (a group without files is left out). */
  public Result run(List<Path> files) throws IOException, InputException {
    List<Path> pdfs = new ArrayList<>();
    List<Path> texts = new ArrayList<>();
    for (Path f : files) {
      (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? pdfs : texts).add(f);
    }
    resetPeaks();
    List<Group> groups = new ArrayList<>();
    if (!texts.isEmpty()) {
      List<String> normalized = new ArrayList<>();
      for (Path f : texts) {
        normalized.add(pipeline.process(f, true).text());
      }
      ChineseSegmenter segmenter = new ChineseSegmenter(List.of());
      groups.add(measure("text", "HanLP segmentation of the normalized text", texts.size(),
          () -> texts.forEach(this::extract), () -> normalized.forEach(segmenter::tokens)));
    }
    if (!pdfs.isEmpty()) {
      groups.add(measure("pdf", "PDFBox PDFTextStripper", pdfs.size(),
          () -> pdfs.forEach(this::extract), () -> pdfs.forEach(ThroughputBench::strip)));
    }
    return new Result(rounds, warmup, groups, peakHeapMb(),
        Runtime.getRuntime().availableProcessors());
  }

  private Group measure(String name, String baseline, int files, Runnable ours, Runnable base) {
    for (int i = 0; i < warmup; i++) {
      base.run();
      ours.run();
    }
    List<double[]> samples = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double[] b = timed(base);
      double[] o = timed(ours);
      samples.add(new double[] {o[0] / files, o[1] / files, b[0] / files, b[1] / files});
    }
    return new Group(name, baseline, files, median(samples, 0), median(samples, 1), median(samples, 2),
        median(samples, 3), medianRatio(samples, 0, 2), medianRatio(samples, 1, 3));
  }

  /** Wall and CPU milliseconds of one run on this thread. */
  private double[] timed(Runnable run) {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    run.run();
    return new double[] {(System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
  }

  private void extract(Path file) {
    try {
      pipeline.process(file, false);
    } catch (InputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void strip(Path pdf) {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      new PDFTextStripper().getText(d);
    } catch (IOException e) {
      throw new IllegalStateException("[" + pdf + "] " + e.getMessage(), e);
    }
  }

  private static double median(List<double[]> samples, int column) {
    List<Double> values = new ArrayList<>();
    samples.forEach(s -> values.add(s[column]));
    return median(values);
  }

  private static double medianRatio(List<double[]> samples, int num, int den) {
    List<Double> values = new ArrayList<>();
    samples.forEach(s -> values.add(s[den] == 0 ? Double.NaN : s[num] / s[den]));
    return median(values);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
