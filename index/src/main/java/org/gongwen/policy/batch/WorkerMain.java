package org.gongwen.policy.batch;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gongwen.policy.ingest.ReaderOptions;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * The child-JVM side of {@link ChildProcessWorker}. Arguments: {@code MAX_BYTES WITH_TEXT [OCR]}. Protocol,
 * UTF-8 lines: after start-up the worker prints {@link #READY}; then for each request line (a
 * {@link Request} as JSON) it prints one {@link Response} line. It exits when stdin ends, so a parent
 * killed with SIGKILL takes its workers with it. Anything a library prints to {@code System.out} is
 * redirected to stderr so that it cannot break the protocol.
 */
public final class WorkerMain {

  /** The first line a worker prints once its pipeline is built. */
  public static final String READY = "policy-worker ready";

  /** One file to extract. */
  public record Request(String file) {}

  /** The document, or an error code, message and trace. */
  public record Response(String file, PolicyDocument document, String error, String message, String trace) {}

  private WorkerMain() {}

  public static void main(String[] args) throws IOException {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    long maxBytes = Long.parseLong(args[0]);
    boolean withText = Boolean.parseBoolean(args[1]);
    ReaderOptions options = new ReaderOptions(args.length > 2 && Boolean.parseBoolean(args[2]));
    PolicyPipeline pipeline = PolicyPipeline.standard(maxBytes, options);
    serve(file -> pipeline.process(file, withText), protocol);
  }

  /** The request loop, for the real pipeline and for test stand-ins. */
  static void serve(FileExtraction.Extractor extractor, PrintStream protocol) throws IOException {
    PolicyJson json = new PolicyJson();
    protocol.println(READY);
    protocol.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
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
    }
  }

  private static Response toResponse(String file, Outcome.Failed failed) {
    return new Response(file, null, failed.error(), failed.message(), failed.trace());
  }
}
