package org.gongwen.policy.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gongwen.policy.json.PolicyJson;

/**
 * Extracts in a child JVM ({@link WorkerMain} or a stand-in main class) with a capped heap, so that a
 * file that hangs a parser, exhausts memory or crashes the JVM costs one worker restart, not the batch.
 * The child is started on first use and kept for the following files; it is killed and replaced after a
 * {@code timeout} and replaced after it dies ({@code crashed}). Not thread-safe: one per pool thread.
 */
public final class ChildProcessWorker implements FileWorker {

  /** End-of-stream marker in the line queue (never a valid protocol line). */
  private static final String EOF = "\u0000eof";

  private final List<String> command;
  private final Duration timeout;
  private final Duration startTimeout;
  private final boolean inheritStderr;
  private final PolicyJson json = new PolicyJson();

  private Process process;
  private BufferedWriter requests;
  private BlockingQueue<String> lines;

  /**
   * @param command the full child command line (see {@link #javaCommand})
   * @param timeout the most one file may take
   * @param inheritStderr whether the child's stderr goes to ours (else discarded)
   */
  public ChildProcessWorker(List<String> command, Duration timeout, boolean inheritStderr) {
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.startTimeout = Duration.ofSeconds(Math.max(60, timeout.toSeconds()));
    this.inheritStderr = inheritStderr;
  }

  /**
   * {@code java -Xmx<heap> -cp <this JVM's class path> <mainClass> <args>} with the running JVM's
   * {@code java}. {@code -XX:+ExitOnOutOfMemoryError} turns an exhausted heap into a quick exit
   * (reported as {@code crashed}) instead of a half-working worker.
   */
  public static List<String> javaCommand(String heap, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  @Override
  public Outcome process(Path file) {
    try {
      start();
    } catch (IOException e) {
      stop();
      return FileExtraction.failed(file, Outcome.CRASHED,
          "[" + file + "] cannot start worker process: " + e.getMessage(), e);
    }
    try {
      requests.write(json.toLine(new WorkerMain.Request(file.toString())));
      requests.newLine();
      requests.flush();
    } catch (IOException e) {
      return died(file);
    }
    String line;
    try {
      line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return FileExtraction.failed(file, Outcome.INTERNAL, "[" + file + "] interrupted", e);
    }
    if (line == null) {
      stop();
      return FileExtraction.failed(file, Outcome.TIMEOUT,
          "[" + file + "] no result after " + timeout.toSeconds() + " s; worker process killed and restarted", null);
    }
    if (line.equals(EOF)) {
      return died(file);
    }
    return parse(file, line);
  }

  private Outcome parse(Path file, String line) {
    WorkerMain.Response response;
    try {
      response = json.mapper().readValue(line, WorkerMain.Response.class);
    } catch (IOException e) {
      stop();
      return FileExtraction.failed(file, Outcome.INTERNAL,
          "[" + file + "] worker protocol error: " + e.getMessage(), e);
    }
    if (response.document() != null) {
      return new Outcome.Done(file, null, 0, response.document(), 0);
    }
    return new Outcome.Failed(file, null, 0, response.error(), response.message(), response.trace(), 0);
  }

  private Outcome died(Path file) {
    Integer exit = null;
    try {
      if (process.waitFor(5, TimeUnit.SECONDS)) {
        exit = process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop();
    return FileExtraction.failed(file, Outcome.CRASHED, "[" + file + "] worker process died"
        + (exit == null ? "" : " (exit code " + exit + (exit == 3 ? ": out of memory" : "") + ")")
        + "; restarted", null);
  }

  private void start() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    stop();
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(inheritStderr ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
    process = builder.start();
    requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    lines = new LinkedBlockingQueue<>();
    BufferedReader replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    BlockingQueue<String> queue = lines;
    Thread reader = new Thread(() -> pump(replies, queue), "worker-reader-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    String ready;
    try {
      ready = queue.poll(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting", e);
    }
    if (!WorkerMain.READY.equals(ready)) {
      stop();
      throw new IOException(ready == null ? "no answer after " + startTimeout.toSeconds() + " s"
          : "it exited before it was ready");
    }
  }

  private static void pump(BufferedReader replies, BlockingQueue<String> queue) {
    try (replies) {
      for (String line = replies.readLine(); line != null; line = replies.readLine()) {
        queue.add(line);
      }
    } catch (IOException | UncheckedIOException e) {
      // the process is gone; EOF below says so
    } finally {
      queue.add(EOF);
    }
  }

  /** Pid of the current child, if one runs (for tests and diagnostics). */
  public Optional<Long> pid() {
    return process != null && process.isAlive() ? Optional.of(process.pid()) : Optional.empty();
  }

  private void stop() {
    if (process == null) {
      return;
    }
    Process p = process;
    process = null;
    try {
      requests.close();
    } catch (IOException e) {
      // the child is being killed anyway
    }
    p.destroyForcibly();
    try {
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      try {
        requests.close(); // the worker exits at end of input
        if (process.waitFor(2, TimeUnit.SECONDS)) {
          process = null;
          return;
        }
      } catch (IOException e) {
        // fall through to kill
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stop();
  }
}
