package org.gongwen.policy.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.gongwen.policy.json.PolicyJson;

/**
 * {@code spark-extract}: every file under the inputs (any Hadoop filesystem; directories recursively,
 * hidden names skipped) read as binary with {@code binaryFiles}, extracted on the executors by
 * {@link FileExtractor}, and written as {@link RunLayout} says. Nothing is lost: every input file gives
 * exactly one {@link FileResult}, a document or a report line, and a named input that does not exist is a
 * {@code missing} failure. Each dataset is sorted by path, so its content does not depend on the partitioning
 * or the number of executors. Incremental: content whose hash is in an earlier run's documents is not
 * extracted again.
 */
public final class SparkExtractJob {

  /** Lines per output part file of the documents (about 1 GB of JSON at 20 kB a document). */
  static final long LINES_PER_PART = 50_000;

  /** The limits and switches of a run, as the CLI's {@code extract} has them. */
  public record Settings(long maxBytes, Duration timeout, boolean withText, int partitions) {}

  /** The counts of one run; {@code in} is the sum of the others. */
  public record Summary(int run, long in, long documents, long unchanged, long skipped, long failed, Path out) {}

  private final SparkSession spark;
  private final Settings settings;

  public SparkExtractJob(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** Runs the job over {@code inputs} into {@code out}. */
  public Summary run(List<String> inputs, String out) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    RunLayout layout = RunLayout.next(out, conf);

    List<String> existing = new ArrayList<>();
    Set<String> named = new HashSet<>();
    List<FileResult> missing = new ArrayList<>();
    PolicyJson json = new PolicyJson();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      Path qualified = fs.makeQualified(path);
      FileStatus[] matched = fs.globStatus(qualified);
      if (matched == null || matched.length == 0) {
        missing.add(missing(json, DisplayPathRule.display(qualified.toString())));
        continue;
      }
      for (FileStatus s : matched) {
        if (s.isFile()) {
          named.add(s.getPath().toString());
        }
      }
      existing.add(qualified.toString());
    }

    Broadcast<PreviousHashes> previous = sc.broadcast(previousHashes(sc, layout));
    int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * sc.defaultParallelism();
    JavaRDD<FileResult> results = existing.isEmpty() ? sc.emptyRDD()
        : sc.binaryFiles(String.join(",", existing), partitions)
            .mapPartitions(new FileExtractor(settings.maxBytes(), settings.timeout(), settings.withText(), named,
                previous));
    if (!missing.isEmpty()) {
      results = results.union(sc.parallelize(missing, 1));
    }
    results = results.persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Map<FileResult.Kind, Long> counts = new EnumMap<>(FileResult.Kind.class);
      results.map(FileResult::kind).countByValue().forEach(counts::put);
      for (Map.Entry<FileResult.Kind, Long> e : counts.entrySet()) {
        FileResult.Kind kind = e.getKey();
        int parts = (int) Math.max(1, (e.getValue() + LINES_PER_PART - 1) / LINES_PER_PART);
        results.filter(r -> r.kind() == kind)
            .sortBy(r -> r.file() + '\u0000' + (r.sha256() == null ? "" : r.sha256()), true, parts)
            .map(FileResult::line)
            .saveAsTextFile(layout.dataset(kind).toString());
      }
      Summary summary = new Summary(layout.run(), counts.values().stream().mapToLong(Long::longValue).sum(),
          counts.getOrDefault(FileResult.Kind.DOCUMENT, 0L), counts.getOrDefault(FileResult.Kind.UNCHANGED, 0L),
          counts.getOrDefault(FileResult.Kind.SKIPPED, 0L), counts.getOrDefault(FileResult.Kind.FAILED, 0L),
          layout.out());
      writeSummary(conf, layout, summary, inputs, json);
      return summary;
    } finally {
      results.unpersist(false);
      previous.destroy();
    }
  }

  /** The content hashes of the documents of earlier runs in the output directory. */
  private static PreviousHashes previousHashes(JavaSparkContext sc, RunLayout layout) throws IOException {
    Path glob = layout.earlierDocuments();
    FileStatus[] parts = glob.getFileSystem(sc.hadoopConfiguration()).globStatus(glob);
    if (parts == null || parts.length == 0) {
      return PreviousHashes.NONE;
    }
    List<String> hashes = sc.textFile(glob.toString()).mapPartitions(SparkExtractJob::hashes).collect();
    return PreviousHashes.of(hashes);
  }

  /** {@code source.sha256} of each document line. */
  private static Iterator<String> hashes(Iterator<String> lines) {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode sha = mapper.readTree(line).path("source").path("sha256");
        if (sha.isTextual()) {
          out.add(sha.asText());
        }
      } catch (IOException e) {
        throw new IllegalStateException("an earlier run's document line is not JSON: " + e.getMessage(), e);
      }
    }
    return out.iterator();
  }

  private static FileResult missing(PolicyJson json, String file) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file);
    line.put("sha256", null);
    line.put("error", "missing");
    line.put("message", "[" + file + "] no such file or directory");
    line.put("elapsedMs", 0);
    return new FileResult(file, null, FileResult.Kind.FAILED, "missing", json.toLine(line));
  }

  private static void writeSummary(Configuration conf, RunLayout layout, Summary s, List<String> inputs,
      PolicyJson json) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("run", s.run());
    fields.put("inputs", inputs);
    fields.put("in", s.in());
    fields.put("documents", s.documents());
    fields.put("unchanged", s.unchanged());
    fields.put("skipped", s.skipped());
    fields.put("failed", s.failed());
    Path file = layout.summary();
    try (OutputStream o = file.getFileSystem(conf).create(file, false)) {
      o.write((json.toLine(fields) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
