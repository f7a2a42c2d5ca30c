package org.gongwen.policy.batch;

import java.io.BufferedReader;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
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
 * {@code timeout} and replaced after it dies ({@code crashed}, or {@code too-large} when it ran out of
 * memory). Not thread-safe: one per pool thread.
 *
 * <p>Requests and replies go over a Unix-domain socket in a private temporary directory of this worker,
 * not over the child's stdout: the JVM itself writes there (HotSpot's out-of-memory notice), and so may
 * native libraries. The child's stdout and stderr are shown with {@code --verbose}, else discarded.
 * Files whose names do not survive the trip as text (non-UTF-8 bytes) are passed as a link in that
 * directory and reported under their own name.
 */
public final class ChildProcessWorker implements FileWorker {

  /** End-of-stream marker in the line queue (never a valid protocol line). */
  private static final String EOF = "\u0000eof";

  /** The exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  private final List<String> command;
  private final Duration timeout;
  private final Duration startTimeout;
  private final boolean inheritStderr;
  private final String heap;
  private final PolicyJson json = new PolicyJson();

  private Process process;
  private Path privateDir;
  private ServerSocketChannel server;
  private int aliases;
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
    this.heap = heapOf(command);
  }

  private static String heapOf(List<String> command) {
    return command.stream().filter(a -> a.startsWith("-Xmx")).map(a -> a.substring(4)).findFirst().orElse("default");
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
    Path sent;
    try {
      sent = nameable(file);
    } catch (IOException e) {
      return FileExtraction.failed(file, "unreadable",
          "[" + file + "] its name cannot be passed to a worker process: " + e.getMessage(), e);
    }
    try {
      requests.write(json.toLine(new WorkerMain.Request(sent.toString())));
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
    return parse(file, sent, line);
  }

  /**
   * The path to send for {@code file}: itself when its name survives the trip through a string (the
   * child decodes names with its own file-name charset), else a link to it in this worker's private
   * directory, keeping the extension (a GBK-encoded name from a Windows archive, on a UTF-8 system).
   */
  private Path nameable(Path file) throws IOException {
    String text = file.toString();
    try {
      if (Path.of(text).equals(file) && text.indexOf('\uFFFD') < 0) {
        return file;
      }
    } catch (java.nio.file.InvalidPathException e) {
      // not even a valid path as text: link it
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 ? name.substring(dot) : "";
    if (!ext.matches("\\.[A-Za-z0-9]{1,8}")) {
      ext = "";
    }
    Path link = privateDir.resolve("input-" + (++aliases) + ext);
    Files.deleteIfExists(link);
    return Files.createSymbolicLink(link, file.toAbsolutePath());
  }

  private Outcome parse(Path file, Path sent, String line) {
    WorkerMain.Response response;
    try {
      response = json.mapper().readValue(line, WorkerMain.Response.class);
    } catch (IOException e) {
      stop();
      return FileExtraction.failed(file, Outcome.INTERNAL,
          "[" + file + "] worker protocol error: " + FileExtraction.describe(e), e);
    } finally {
      if (!sent.equals(file)) {
        try {
          Files.deleteIfExists(sent);
        } catch (IOException e) {
          // removed with the private directory at the latest
        }
      }
    }
    if (response.document() != null) {
      PolicyDocument doc = response.document();
      if (!sent.equals(file)) {
        Source s = doc.source();
        doc = new PolicyDocument(doc.schema(), doc.id(),
            new Source(file.toString().replace('\\', '/'), s.mediaType(), s.sha256(), s.bytes(), s.charset(), s.pages()),
            doc.metadata(), doc.headings(), doc.tasks(), doc.targets(), doc.tables(), doc.warnings(), doc.text());
      }
      return new Outcome.Done(file, null, 0, doc, 0);
    }
    String message = response.message() == null ? "[" + file + "] " + response.error()
        : response.message().replace("[" + sent + "]", "[" + file + "]");
    return new Outcome.Failed(file, null, 0, response.error(), message, response.trace(), 0);
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
    if (exit != null && exit == OUT_OF_MEMORY_EXIT) {
      return FileExtraction.failed(file, "too-large", "[" + file + "] needs more memory than a worker has (-Xmx"
          + heap + "): the worker ran out of memory reading it and was restarted (--worker-heap raises the limit)",
          null);
    }
    return FileExtraction.failed(file, Outcome.CRASHED, "[" + file + "] worker process died"
        + (exit == null ? "" : " (exit code " + exit + ")") + "; restarted", null);
  }

  private void start() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    stop();
    privateDir = Files.createTempDirectory("policy-worker");
    Path socket = privateDir.resolve("w.sock");
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    server.configureBlocking(false);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(inheritStderr ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD);
    builder.environment().put(WorkerMain.SOCKET_ENV, socket.toString());
    process = builder.start();
    if (inheritStderr) {
      InputStream chatter = process.getInputStream();
      Thread copy = new Thread(() -> copyToStderr(chatter), "worker-output-" + process.pid());
      copy.setDaemon(true);
      copy.start();
    }
    SocketChannel channel = accept();
    channel.configureBlocking(true);
    requests = new BufferedWriter(new OutputStreamWriter(SocketStreams.out(channel), StandardCharsets.UTF_8));
    lines = new LinkedBlockingQueue<>();
    BufferedReader replies = new BufferedReader(new InputStreamReader(SocketStreams.in(channel), StandardCharsets.UTF_8));
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

  /** Waits for the child to connect to the protocol socket, while it lives, up to the start timeout. */
  private SocketChannel accept() throws IOException {
    long deadline = System.nanoTime() + startTimeout.toNanos();
    while (true) {
      SocketChannel channel = server.accept();
      if (channel != null) {
        return channel;
      }
      if (!process.isAlive()) {
        throw new IOException("it exited before it was ready (exit code " + process.exitValue() + ")");
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("no connection after " + startTimeout.toSeconds() + " s");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while starting", e);
      }
    }
  }

  private static void copyToStderr(InputStream chatter) {
    try (chatter) {
      chatter.transferTo(System.err);
    } catch (IOException e) {
      // the child is gone
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
    Process p = process;
    process = null;
    if (p != null) {
      try {
        if (requests != null) {
          requests.close();
        }
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
    requests = null;
    removePrivateDir();
  }

  private void removePrivateDir() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // nothing listens any more either way
    }
    server = null;
    if (privateDir != null) {
      try (Stream<Path> files = Files.list(privateDir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
        Files.deleteIfExists(privateDir);
      } catch (IOException e) {
        // a temporary directory left behind
      }
      privateDir = null;
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      try {
        requests.close(); // the worker exits at end of input
        if (process.waitFor(2, TimeUnit.SECONDS)) {
          process = null;
          removePrivateDir();
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
