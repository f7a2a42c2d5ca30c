package org.gongwen.policy.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.gongwen.policy.batch.FileWorker;
import org.gongwen.policy.batch.Outcome;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;

/**
 * Extracts one uploaded file in the child-JVM workers of bulk import (capped heap, time limit), keeping
 * nothing: the upload goes to a temporary file named by the server (never by the request), is extracted
 * and deleted. A fixed number of workers; when all are busy the request is refused (503), not queued.
 * Thread-safe.
 */
public final class UploadExtractor implements Closeable {

  /** Extensions kept from the uploaded name as a hint for the readers; anything else becomes {@code .bin}. */
  private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "html", "htm", "txt", "odt");

  private final BlockingQueue<FileWorker> idle;
  private final List<FileWorker> all = new ArrayList<>();
  private final Path tempDir;
  private final long maxBytes;
  private final int retryAfterSeconds;
  private final AtomicLong counter = new AtomicLong();

  /**
   * @param workers creates the isolated workers ({@code Isolation.PROCESS.workers(…)})
   * @param count how many run at once
   * @param maxBytes the largest upload accepted
   */
  public UploadExtractor(FileWorker.Factory workers, int count, long maxBytes, int retryAfterSeconds) throws IOException {
    this.idle = new ArrayBlockingQueue<>(count);
    for (int i = 0; i < count; i++) {
      FileWorker w = workers.create();
      all.add(w);
      idle.add(w);
    }
    this.tempDir = Files.createTempDirectory("policy-serve-");
    this.maxBytes = maxBytes;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The largest upload accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Extracts the upload with its text.
   *
   * @param name the uploaded file's name as the client gave it: only its extension is used, as a hint,
   *     and its last path segment is reported as {@code source.file}
   * @throws ApiException 503 when every worker is busy, 413 when the content exceeds the limit, 400 when
   *     the file cannot be read as a policy document, 500 when the worker failed
   */
  public PolicyDocument extract(String name, InputStream content) throws IOException {
    FileWorker worker = idle.poll();
    if (worker == null) {
      throw ApiException.busy("server busy: every extraction worker is in use; retry after " + retryAfterSeconds + " s");
    }
    Path file = tempDir.resolve("upload-" + counter.incrementAndGet() + "." + extension(name));
    try {
      copyBounded(content, file);
      Outcome outcome = worker.process(file);
      if (outcome instanceof Outcome.Done done) {
        return renamed(done.document(), displayName(name));
      }
      Outcome.Failed failed = (Outcome.Failed) outcome;
      String message = failed.message().replace(file.toString(), displayName(name));
      throw switch (failed.error()) {
        case "too-large" -> ApiException.tooLarge(message);
        case Outcome.TIMEOUT, Outcome.CRASHED, Outcome.INTERNAL -> new ApiException(500, failed.error(), message);
        default -> new ApiException(400, failed.error(), message);
      };
    } finally {
      Files.deleteIfExists(file);
      idle.add(worker);
    }
  }

  private void copyBounded(InputStream in, Path file) throws IOException {
    long total = 0;
    byte[] buf = new byte[64 * 1024];
    try (var out = Files.newOutputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw ApiException.tooLarge("upload larger than the limit of " + maxBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
    }
    if (total == 0) {
      throw ApiException.badRequest("empty upload: the file has 0 bytes");
    }
  }

  static String extension(String name) {
    if (name == null) {
      return "bin";
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTENSIONS.contains(ext) ? ext : "bin";
  }

  /** The last path segment of the client's name, or {@code upload}. */
  static String displayName(String name) {
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String n = name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    return n.isEmpty() ? "upload" : n;
  }

  private static PolicyDocument renamed(PolicyDocument d, String name) {
    Source s = d.source();
    return new PolicyDocument(d.schema(), d.id(), new Source(name, s.mediaType(), s.sha256(), s.bytes(), s.charset(),
        s.pages()), d.metadata(), d.headings(), d.tasks(), d.targets(), d.tables(), d.warnings(), d.text());
  }

  @Override
  public void close() throws IOException {
    for (FileWorker w : all) {
      w.close();
    }
    try (var files = Files.list(tempDir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(tempDir);
  }
}
