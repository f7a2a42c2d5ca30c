package org.gongwen.policy.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongwen.policy.ingest.ReaderOptions;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * The child-JVM side of {@link ChildProcessWorker}. Arguments: {@code MAX_BYTES WITH_TEXT [OCR]}; the
 * environment variable {@link #SOCKET_ENV} names the parent's Unix-domain socket. Protocol, UTF-8 lines
 * on that socket (nothing else writes to it: not the JVM, not a library): after start-up the worker
 * sends {@link #READY}; then for each request line (a {@link Request} as JSON) one {@link Response}
 * line. It exits when the connection ends, so a parent killed with SIGKILL takes its workers with it.
 */
public final class WorkerMain {

  /** The first line a worker prints once its pipeline is built. */
  public static final String READY = "policy-worker ready";

  /** One file to extract. */
  public record Request(String file) {}

  /** The document, or an error code, message and trace. */
  public record Response(String file, PolicyDocument document, String error, String message, String trace) {}

  private WorkerMain() {}

  /** The environment variable that names the protocol socket. */
  public static final String SOCKET_ENV = "POLICY_WORKER_SOCKET";

  public static void main(String[] args) throws IOException {
    System.setOut(System.err);
    long maxBytes = Long.parseLong(args[0]);
    boolean withText = Boolean.parseBoolean(args[1]);
    ReaderOptions options = new ReaderOptions(args.length > 2 && Boolean.parseBoolean(args[2]));
    PolicyPipeline pipeline = PolicyPipeline.standard(maxBytes, options);
    serve(file -> pipeline.process(file, withText));
  }

  /**
   * The request loop over the socket named by {@link #SOCKET_ENV}, for the real pipeline and for test
   * stand-ins. Returns when the parent closes the connection (or dies).
   */
  static void serve(FileExtraction.Extractor extractor) throws IOException {
    String socket = System.getenv(SOCKET_ENV);
    if (socket == null) {
      throw new IOException(SOCKET_ENV + " is not set: a worker is started by ChildProcessWorker");
    }
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      PrintStream protocol = new PrintStream(SocketStreams.out(channel), false, StandardCharsets.UTF_8);
      serve(extractor, new BufferedReader(new InputStreamReader(SocketStreams.in(channel), StandardCharsets.UTF_8)),
          protocol);
    } finally {
      removeSocket(Path.of(socket)); // a parent killed with SIGKILL cannot
    }
  }

  /** Deletes the socket file and its private directory when that is then empty. */
  private static void removeSocket(Path socket) {
    try {
      Files.deleteIfExists(socket);
      Path dir = socket.getParent();
      if (dir != null) {
        try (var left = Files.list(dir)) {
          if (left.findAny().isEmpty()) {
            Files.deleteIfExists(dir);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // a temporary directory left behind
    }
  }

  private static void serve(FileExtraction.Extractor extractor, BufferedReader in, PrintStream protocol)
      throws IOException {
    PolicyJson json = new PolicyJson();
    protocol.println(READY);
    protocol.flush();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      Request request = json.mapper().readValue(line, Request.class);
      Path file = Path.of(request.file());
      Outcome outcome = FileExtraction.run(extractor, file);
      Response response = outcome instanceof Outcome.Done done
          ? new Response(request.file(), done.document(), null, null, null)
          : toResponse(request.file(), (Outcome.Failed) outcome);
      protocol.println(json.toLine(response));
      protocol.flush();
      if (protocol.checkError()) {
        return; // the parent is gone
      }
    }
  }

  private static Response toResponse(String file, Outcome.Failed failed) {
    return new Response(file, null, failed.error(), failed.message(), failed.trace());
  }
}
