package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gongwen.policy.ingest.DocumentReaders;
import org.gongwen.policy.serve.PolicyServer;
import org.gongwen.policy.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve --index DIR [--port 8080] [--bind 127.0.0.1]}: the research workbench (page and JSON API,
 * {@code docs/http-api.md}) over an index, read-only. Prints its URL, serves until Ctrl-C (SIGINT/SIGTERM),
 * then stops cleanly. Exit 1 when the index cannot be opened or the port cannot be bound, 2 on bad usage.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the research workbench: search page and JSON API (/api/v1) over an index.")
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (read-only).")
  private Path indexDir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free).")
  private int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
  private String bind;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest upload to /api/v1/extract (default: ${DEFAULT-VALUE}).")
  private long maxBytes = DocumentReaders.DEFAULT_MAX_BYTES;

  @Option(names = "--slots", paramLabel = "N", defaultValue = "8", description = "API requests served at once (default: ${DEFAULT-VALUE}).")
  private int slots;

  @Option(names = "--queue-wait", paramLabel = "MS", defaultValue = "1000",
      description = "Longest a request waits for a slot before 503 + Retry-After (default: ${DEFAULT-VALUE}).")
  private long queueWaitMs;

  @Option(names = "--extract-workers", paramLabel = "N", defaultValue = "1",
      description = "Child JVMs extracting uploads at once (default: ${DEFAULT-VALUE}).")
  private int extractWorkers;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Per-upload extraction limit (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "512m", description = "Heap of the extraction child JVM (default: ${DEFAULT-VALUE}).")
  private String workerHeap;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535 || slots < 1 || extractWorkers < 1 || maxBytes < 1 || timeoutSeconds < 1) {
      err.println("bad value: --port 0..65535, --slots, --extract-workers, --max-bytes and --timeout at least 1");
      err.flush();
      return 2;
    }
    ServeOptions options = new ServeOptions(indexDir, bind, port, maxBytes, slots, queueWaitMs, extractWorkers,
        Duration.ofSeconds(timeoutSeconds), workerHeap);
    long t0 = System.nanoTime();
    PolicyServer server;
    try {
      server = PolicyServer.create(options).start();
    } catch (IOException | RuntimeException e) {
      err.println("cannot serve [" + indexDir + "]: " + e.getMessage());
      err.flush();
      return IndexCommand.EXIT_INDEX_UNUSABLE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException e) {
        System.err.println("error while stopping: " + e.getMessage());
      }
      stopped.countDown();
    }, "serve-shutdown"));
    out.printf("serving %s at %s (started in %d ms; Ctrl-C stops)%n", indexDir, server.url(),
        (System.nanoTime() - t0) / 1_000_000);
    out.println("API: " + server.url() + "api/v1/search?q=…  (docs/http-api.md)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
