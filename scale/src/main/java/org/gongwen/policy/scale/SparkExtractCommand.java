package org.gongwen.policy.scale;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.gongwen.policy.ingest.DocumentReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spark-extract [--master URL] IN... --out DIR}: see {@link SparkExtractJob}. Exit 0 when no input
 * failed, 3 when some did (as {@code extract}), 1 when the job itself could not run or write.
 */
@Command(name = "spark-extract", mixinStandardHelpOptions = true,
    description = "Extract policy documents on Apache Spark: JSONL of policy-doc/1 and a failures dataset.")
public final class SparkExtractCommand implements Callable<Integer> {

  /** Exit code when some inputs failed (as {@code policy extract}). */
  static final int EXIT_SOME_FAILED = 3;

  @Parameters(arity = "1..*", paramLabel = "IN",
      description = "Files, directories (read recursively) or globs on any Hadoop filesystem (file:, hdfs:, s3a: ...).")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory; each run adds documents/run-N, failures/run-N, skipped/run-N, unchanged/run-N.")
  private String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[2], yarn, spark://host:7077 ...); default: spark-submit's, else local[*].")
  private String master;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-file time limit (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds = 60;

  @Option(names = "--max-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Files larger than this fail as too-large; suffixes k, m, g (default: 50m).")
  private long maxBytes = DocumentReaders.DEFAULT_MAX_BYTES;

  @Option(names = "--with-text", description = "Include the normalized text the spans point into.")
  private boolean withText;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Input partitions (default: 4 x the cluster's default parallelism).")
  private int partitions;

  @Option(names = {"-q", "--quiet"}, description = "Only errors on stderr (Spark's own log at ERROR).")
  private boolean quiet;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SparkConf conf = new SparkConf().setAppName("policy spark-extract");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (quiet) {
      spark.sparkContext().setLogLevel("ERROR");
    }
    try {
      long start = System.nanoTime();
      SparkExtractJob.Summary s = new SparkExtractJob(spark,
          new SparkExtractJob.Settings(maxBytes, Duration.ofSeconds(timeoutSeconds), withText, partitions))
          .run(inputs, this.out);
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.printf(Locale.ROOT, "run %d: %d in = %d extracted + %d unchanged + %d skipped-not-a-document + %d failed"
          + " in %.1f s; output in %s%n", s.run(), s.in(), s.documents(), s.unchanged(), s.skipped(), s.failed(),
          ms / 1000.0, s.out());
      out.flush();
      return s.failed() == 0 ? 0 : EXIT_SOME_FAILED;
    } catch (Exception e) {
      err.println("[" + this.out + "] spark-extract failed: " + e);
      err.flush();
      return 1;
    } finally {
      spark.stop();
    }
  }

  /** {@code 1000}, {@code 64k}, {@code 50m}, {@code 1g}: as {@code extract --max-bytes}. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      long unit = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
        case 'k' -> 1024L;
        case 'm' -> 1024L * 1024;
        case 'g' -> 1024L * 1024 * 1024;
        default -> 1L;
      };
      long n = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
      if (n <= 0) {
        throw new IllegalArgumentException("size must be positive: " + value);
      }
      return n;
    }
  }
}
