package org.gongwen.policy.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs files through a pool of {@link FileWorker}s and hands every {@link Outcome} to a sink, on the
 * calling thread, in input order (so output and index content do not depend on the thread count).
 * At most {@code 4 × threads} files are in flight: the walk is pulled only as results are consumed,
 * so memory does not grow with the number of files. On pool threads each file is sized and hashed,
 * refused when over {@code maxBytes}, offered to the {@link Precheck} (which may settle it without
 * extraction), and otherwise given to an idle worker. Entries the walk skipped or failed are passed on
 * without being opened; an {@code unsupported-type} failure of a file that is no document by name either
 * becomes a skip ({@link NotADocumentRule}).
 */
public final class BatchRunner {

  /** May settle a file before extraction (unchanged, duplicate); null means extract. Thread-safe. */
  @FunctionalInterface
  public interface Precheck {
    Outcome check(Path file, String sha256, long bytes);
  }

  /** Receives outcomes in input order, on the thread that called {@link #run}. */
  @FunctionalInterface
  public interface Sink {
    void accept(Outcome outcome) throws IOException;
  }

  private final int threads;
  private final long maxBytes;
  private final FileWorker.Factory workers;
  private final Precheck precheck;

  public BatchRunner(int threads, long maxBytes, FileWorker.Factory workers, Precheck precheck) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.maxBytes = maxBytes;
    this.workers = workers;
    this.precheck = precheck;
  }

  private record Pending(Path file, Future<Outcome> result) {}

  /**
   * Processes every input; returns when all outcomes went to the sink.
   *
   * @throws IOException when the sink fails (the remaining inputs are abandoned)
   */
  public void run(Iterator<InputWalk.Item> inputs, Sink sink) throws IOException {
    BlockingQueue<FileWorker> idle = new LinkedBlockingQueue<>();
    List<FileWorker> all = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "batch-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int i = 0; i < threads; i++) {
        FileWorker worker = workers.create();
        all.add(worker);
        idle.add(worker);
      }
      Deque<Pending> window = new ArrayDeque<>();
      int maxInFlight = 4 * threads;
      while (inputs.hasNext()) {
        InputWalk.Item item = inputs.next();
        while (window.size() >= maxInFlight) {
          sink.accept(await(window.poll()));
        }
        window.add(new Pending(item.file(), pool.submit(() -> work(item, idle))));
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
      all.parallelStream().forEach(FileWorker::close);
    }
  }

  private static Outcome await(Pending pending) throws IOException {
    try {
      return pending.result().get();
    } catch (ExecutionException e) {
      return FileExtraction.failed(pending.file(), Outcome.INTERNAL,
          "[" + pending.file() + "] internal error: " + FileExtraction.describe(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private Outcome work(InputWalk.Item item, BlockingQueue<FileWorker> idle) throws InterruptedException {
    long start = System.nanoTime();
    Path file = item.file();
    if (item.skipped() != null) {
      return new Outcome.Skipped(file, null, 0, item.skipped(), item.message(), millisSince(start));
    }
    if (item.error() != null) {
      return new Outcome.Failed(file, null, 0, item.error(), item.message(), null, millisSince(start));
    }
    long bytes;
    String sha;
    try {
      bytes = Files.size(file);
      if (bytes > maxBytes) {
        return new Outcome.Failed(file, null, bytes, "too-large",
            "[" + file + "] file too large: " + bytes + " bytes; limit " + maxBytes + " bytes", null,
            millisSince(start));
      }
      sha = Hashing.sha256(file);
    } catch (IOException e) {
      return new Outcome.Failed(file, null, 0, "unreadable", "[" + file + "] cannot read: " + e.getMessage(),
          null, millisSince(start));
    }
    Outcome settled = precheck.check(file, sha, bytes);
    if (settled != null) {
      return complete(settled, sha, bytes, millisSince(start));
    }
    FileWorker worker = idle.take();
    Outcome outcome;
    try {
      outcome = worker.process(file);
    } finally {
      idle.put(worker);
    }
    return complete(outcome, sha, bytes, millisSince(start));
  }

  private static Outcome complete(Outcome o, String sha, long bytes, long ms) {
    if (o instanceof Outcome.Done d) {
      return new Outcome.Done(d.file(), sha, bytes, d.document(), ms);
    } else if (o instanceof Outcome.Unchanged u) {
      return new Outcome.Unchanged(u.file(), sha, bytes, ms);
    } else if (o instanceof Outcome.Duplicate d) {
      return new Outcome.Duplicate(d.file(), sha, bytes, d.original(), ms);
    } else if (o instanceof Outcome.Skipped s) {
      return new Outcome.Skipped(s.file(), sha, bytes, s.reason(), s.message(), ms);
    }
    return NotADocumentRule.apply(((Outcome.Failed) o).with(sha, bytes, ms));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
