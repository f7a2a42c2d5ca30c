package org.gongwen.policy.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Extracts in this JVM, on a thread of its own so that a file running past the timeout can be
 * abandoned: it is reported as {@code timeout}, its thread is interrupted and left behind (a parser
 * that ignores interrupts keeps burning one core until it returns), and the next file gets a fresh
 * thread. No protection against a parser that exhausts the heap: use {@link ChildProcessWorker} for
 * untrusted inputs. Cheaper (no second JVM), so it is the choice for a single file.
 */
public final class InProcessWorker implements FileWorker {

  private final FileExtraction.Extractor extractor;
  private final Duration timeout;
  private ExecutorService thread;

  InProcessWorker(FileExtraction.Extractor extractor, Duration timeout) {
    this.extractor = extractor;
    this.timeout = timeout;
    this.thread = newThread();
  }

  @Override
  public Outcome process(Path file) {
    Future<Outcome> result = thread.submit(() -> FileExtraction.run(extractor, file));
    try {
      return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      thread.shutdownNow();
      thread = newThread();
      return FileExtraction.failed(file, Outcome.TIMEOUT,
          "[" + file + "] no result after " + timeout.toSeconds() + " s; extraction abandoned", null);
    } catch (ExecutionException e) {
      return FileExtraction.failed(file, Outcome.INTERNAL,
          "[" + file + "] internal error: " + FileExtraction.describe(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FileExtraction.failed(file, Outcome.INTERNAL, "[" + file + "] interrupted", e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private static ExecutorService newThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
  }
}
