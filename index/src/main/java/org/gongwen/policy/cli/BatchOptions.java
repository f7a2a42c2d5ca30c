package org.gongwen.policy.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongwen.policy.batch.InputWalk;
import org.gongwen.policy.batch.Isolation;
import org.gongwen.policy.batch.PathFilter;
import org.gongwen.policy.ingest.DocumentReaders;
import org.gongwen.policy.ingest.ReaderOptions;
import org.gongwen.policy.ingest.pdf.TesseractOcr;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options {@code extract} and {@code index} share for bulk runs (a picocli mixin). */
final class BatchOptions {

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Per-file time limit (default: ${DEFAULT-VALUE}; with --ocr 1800).")
  long timeoutSeconds = DEFAULT_TIMEOUT;

  static final long DEFAULT_TIMEOUT = 60;
  /** OCR takes seconds per page: the default limit with {@code --ocr}. */
  static final long OCR_TIMEOUT = 1800;

  @Option(names = "--max-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Files larger than this fail as too-large; suffixes k, m, g (default: 50m).")
  long maxBytes = DocumentReaders.DEFAULT_MAX_BYTES;

  @Option(names = "--isolation", paramLabel = "MODE", converter = IsolationConverter.class,
      description = "process (a child JVM per thread, survives hangs and crashes), in-process, by-risk (TXT and "
          + "HTML in process, PDF, OFD, DOC, DOCX and other formats in child JVMs), or auto: in-process for a "
          + "single file, else by-risk (default: auto).")
  Isolation isolation = Isolation.AUTO;

  @Option(names = "--worker-heap", paramLabel = "SIZE", description = "-Xmx of each worker process (default: ${DEFAULT-VALUE}).")
  String workerHeap = "512m";

  @Option(names = "--follow-links", description = "Follow links to directories and to paths outside the "
      + "input trees (each directory is still walked once); by default they are skipped and listed.")
  boolean followLinks;

  @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching a glob are inputs "
      + "(repeatable; a glob with / matches the path below the named directory, else the file name).")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Files and directories matching a glob "
      + "are no inputs (repeatable; same matching as --include).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--ocr", description = "Read PDF pages that have no text layer (scans) with Tesseract OCR "
      + "(chi_sim; Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim).")
  boolean ocr;

  @Option(names = {"-q", "--quiet"}, description = "No progress display.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces of internal errors, worker stderr.")
  boolean verbose;

  @Option(names = "--progress-interval", paramLabel = "SECONDS", hidden = true,
      description = "Seconds between plain progress lines (default: ${DEFAULT-VALUE}).")
  double progressSeconds = 5;

  PathFilter filter() {
    return new PathFilter(includes, excludes);
  }

  /** The walk of these command-line paths, as the walk flags say. */
  InputWalk walk(List<Path> paths) {
    return new InputWalk(paths, followLinks, filter());
  }

  /** Progress totals, or null when quiet. */
  InputWalk.Totals totals(List<Path> paths) {
    return quiet ? null : InputWalk.count(paths, followLinks, filter());
  }

  ReaderOptions readerOptions() {
    return new ReaderOptions(ocr);
  }

  /** With {@code --ocr}: one line saying why OCR cannot run here, or null when it can (or is not asked). */
  String ocrUnavailable() {
    return ocr ? new TesseractOcr().unavailable() : null;
  }

  Duration timeout() {
    return Duration.ofSeconds(ocr && timeoutSeconds == DEFAULT_TIMEOUT ? OCR_TIMEOUT : timeoutSeconds);
  }

  Duration progressInterval() {
    return Duration.ofMillis(Math.round(progressSeconds * 1000));
  }

  /** {@code 1000}, {@code 64k}, {@code 50m}, {@code 1g}. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
        unit = switch (v.charAt(v.length() - 1)) {
          case 'k' -> 1024L;
          case 'm' -> 1024L * 1024;
          default -> 1024L * 1024 * 1024;
        };
        v = v.substring(0, v.length() - 1);
      }
      long n = Long.parseLong(v) * unit;
      if (n <= 0) {
        throw new IllegalArgumentException("size must be positive: " + value);
      }
      return n;
    }
  }

  /** {@code process}, {@code in-process}, {@code auto}. */
  static final class IsolationConverter implements ITypeConverter<Isolation> {
    @Override
    public Isolation convert(String value) {
      return Isolation.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
