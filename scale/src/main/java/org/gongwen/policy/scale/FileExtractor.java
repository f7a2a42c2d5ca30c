package org.gongwen.policy.scale;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.gongwen.policy.batch.FileWorker;
import org.gongwen.policy.batch.Isolation;
import org.gongwen.policy.batch.NotADocumentRule;
import org.gongwen.policy.batch.Outcome;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.pipeline.PolicyPipeline;
import scala.Tuple2;

/**
 * The executor side of {@code spark-extract}: one partition of {@code (Hadoop path, content)} records to one
 * {@link FileResult} each, in the order of the partition. Per file, in the order {@code BatchRunner} uses: a
 * file over {@code maxBytes} (by its filesystem status) fails as {@code too-large} unread; the content is
 * hashed, and content an earlier run extracted is {@code unchanged}; otherwise it is spooled to a local
 * temporary file under its own name (the readers take a file) and extracted by the standard pipeline on an
 * in-process worker with the per-file time limit ({@code timeout} on expiry); a failure with no document
 * name of a file found in a directory becomes a skip ({@link NotADocumentRule}). Paths are then reported as
 * {@link DisplayPathRule} says, in the document's {@code source.file} and in the messages. One pipeline and
 * one worker per partition (task), closed with it.
 */
public final class FileExtractor implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, FileResult> {

  private static final long serialVersionUID = 1L;

  private final long maxBytes;
  private final long timeoutSeconds;
  private final boolean withText;
  private final Set<String> named;
  private final Broadcast<PreviousHashes> previous;

  /**
   * @param named the Hadoop paths (as {@code binaryFiles} keys them) the command line named: their failures
   *     stay failures whatever their name
   * @param previous the content hashes of earlier runs
   */
  public FileExtractor(long maxBytes, Duration timeout, boolean withText, Set<String> named,
      Broadcast<PreviousHashes> previous) {
    this.maxBytes = maxBytes;
    this.timeoutSeconds = timeout.toSeconds();
    this.withText = withText;
    this.named = Set.copyOf(named);
    this.previous = previous;
  }

  @Override
  public Iterator<FileResult> call(Iterator<Tuple2<String, PortableDataStream>> files) throws IOException {
    PolicyPipeline pipeline = PolicyPipeline.standard(maxBytes);
    FileWorker worker = Isolation.inProcess(file -> pipeline.process(file, withText),
        Duration.ofSeconds(timeoutSeconds)).create();
    Path spool = Files.createTempDirectory("policy-scale-");
    PreviousHashes earlier = previous.value();
    PolicyJson json = new PolicyJson();
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(context -> {
        worker.close();
        deleteTree(spool);
      });
    }
    return new Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public FileResult next() {
        Tuple2<String, PortableDataStream> file = files.next();
        return extract(file._1(), file._2(), spool.resolve(Integer.toString(n++)), worker, earlier, json);
      }
    };
  }

  private FileResult extract(String hadoopPath, PortableDataStream content, Path slot, FileWorker worker,
      PreviousHashes earlier, PolicyJson json) {
    long start = System.nanoTime();
    String file = DisplayPathRule.display(hadoopPath);
    byte[] bytes;
    try {
      long size = fileSize(content);
      if (size > maxBytes) {
        return tooLarge(json, file, size, start);
      }
      try (DataInputStream in = content.open()) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
      }
      if (bytes.length > maxBytes) {
        return tooLarge(json, file, fileSize(content), start);
      }
    } catch (IOException | RuntimeException e) {
      return failed(json, file, null, "unreadable", "[" + file + "] cannot read: " + e.getMessage(), start);
    }
    String sha = sha256(bytes);
    if (earlier.contains(sha)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("file", file);
      line.put("sha256", sha);
      return new FileResult(file, sha, FileResult.Kind.UNCHANGED, null, json.toLine(line));
    }
    Path local;
    try {
      Files.createDirectories(slot);
      local = slot.resolve(new org.apache.hadoop.fs.Path(hadoopPath).getName());
      Files.write(local, bytes);
    } catch (IOException | RuntimeException e) {
      return failed(json, file, sha, "unreadable", "[" + file + "] cannot spool to a local file: " + e.getMessage(),
          start);
    }
    try {
      Outcome outcome = worker.process(local);
      if (outcome instanceof Outcome.Failed f && !named.contains(hadoopPath)) {
        outcome = NotADocumentRule.apply(f);
      }
      String spooled = local.toString();
      if (outcome instanceof Outcome.Done d) {
        PolicyDocument doc = d.document();
        Source s = doc.source();
        doc = new PolicyDocument(doc.schema(), doc.id(), new Source(file, s.mediaType(), s.sha256(), s.bytes(),
            s.charset(), s.pages(), s.pageMetadata()), doc.metadata(), doc.headings(), doc.tasks(), doc.targets(),
            doc.tables(), doc.warnings(), doc.text());
        return new FileResult(file, sha, FileResult.Kind.DOCUMENT, null, json.toLine(doc));
      } else if (outcome instanceof Outcome.Skipped s) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file);
        line.put("reason", s.reason());
        line.put("message", s.message().replace(spooled, file));
        return new FileResult(file, sha, FileResult.Kind.SKIPPED, s.reason(), json.toLine(line));
      }
      Outcome.Failed f = (Outcome.Failed) outcome;
      return failed(json, file, sha, f.error(), f.message().replace(spooled, file), start);
    } finally {
      deleteTree(slot);
    }
  }

  /** A failure line as {@code failures.jsonl} has it: {@code {file, sha256, error, message, elapsedMs}}. */
  private static FileResult failed(PolicyJson json, String file, String sha, String code, String message,
      long start) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file);
    line.put("sha256", sha);
    line.put("error", code);
    line.put("message", message);
    line.put("elapsedMs", (System.nanoTime() - start) / 1_000_000);
    return new FileResult(file, sha, FileResult.Kind.FAILED, code, json.toLine(line));
  }

  private FileResult tooLarge(PolicyJson json, String file, long size, long start) {
    return failed(json, file, null, "too-large",
        "[" + file + "] file too large: " + size + " bytes; limit " + maxBytes + " bytes", start);
  }

  /**
   * The file's length from its filesystem (one status call: the record carries no length), so an oversize
   * file is refused unread, as the CLI refuses it.
   */
  private static long fileSize(PortableDataStream content) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(content.getPath());
    return path.getFileSystem(content.getConfiguration()).getFileStatus(path).getLen();
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary file is not worth failing the task for
    }
  }
}
