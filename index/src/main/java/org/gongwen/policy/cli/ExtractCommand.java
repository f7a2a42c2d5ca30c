package org.gongwen.policy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gongwen.policy.batch.BatchRunner;
import org.gongwen.policy.batch.ExtractSink;
import org.gongwen.policy.batch.FileWorker;
import org.gongwen.policy.batch.InputWalk;
import org.gongwen.policy.batch.Isolation;
import org.gongwen.policy.batch.JsonlLog;
import org.gongwen.policy.batch.Progress;
import org.gongwen.policy.batch.Tally;
import org.gongwen.policy.extract.goal.Decision;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.pipeline.PolicyPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract PATH... [--out DIR|-] [--with-text] [--jsonl FILE]}. Like {@code tika -j} and POSIX
 * filters: {@code -} as the input reads the document from standard input, and a single input with no
 * {@code --out} (or {@code --out -}) prints its JSON to standard output, nothing else on stdout; exit 0,
 * or 3 with the reason on stderr when it cannot be read. Otherwise, one {@code DIR/<file stem>.json} per
 * document (schema {@code policy-doc/1}), on a worker pool, identical whatever {@code --threads}; with
 * {@code --jsonl} also one line per document in FILE, in input order. When two inputs share a stem, the
 * later one (in walk order) is written as {@code <stem>.<ext>.json}. A failing file gets one line
 * {@code [file] reason} on stderr and one in {@code DIR/failures.jsonl}, and the others continue. Exit
 * 0 when all files were extracted, 3 when any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract policy documents to JSON (schema policy-doc/1).")
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or directories (walked recursively); - reads one document from standard input.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (created when missing); - or none with a single file: JSON to standard output.")
  private Path outDir;

  @Option(names = "--with-text", description = "Include the normalized text the spans point into.")
  private boolean withText;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Also write all documents, one JSON per line.")
  private Path jsonl;

  @Option(names = "--explain", description = "Also write DIR/<stem>.explain.jsonl: each number of the running "
      + "text, kept as a target or rejected, and the rule that decided (see docs/json-format.md).")
  private boolean explain;

  @Mixin
  private BatchOptions batch;

  @Spec
  private CommandSpec spec;

  private final PolicyPipeline pipeline;

  /** The standard pipeline, isolated as {@code --isolation} says. */
  public ExtractCommand() {
    this.pipeline = null;
  }

  /** This pipeline, in process. */
  public ExtractCommand(PolicyPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String noOcr = batch.ocrUnavailable();
    if (noOcr != null) {
      err.println("--ocr: " + noOcr);
      err.flush();
      return IndexCommand.EXIT_NO_OCR;
    }
    boolean stdin = paths.stream().anyMatch(p -> STDIO.equals(p.toString()));
    boolean toStdout = outDir == null || STDIO.equals(outDir.toString());
    if (stdin || toStdout) {
      if (paths.size() != 1 || !stdin && Files.isDirectory(paths.get(0))) {
        err.println(stdin ? "extract: - (standard input) must be the only input"
            : "extract: --out DIR is needed for several inputs or a directory; a single file without --out "
                + "prints its JSON to standard output");
        err.flush();
        return 2;
      }
      return single(out, err, stdin);
    }
    Files.createDirectories(outDir);
    Path failures = outDir.resolve("failures.jsonl");
    Path skipped = outDir.resolve("skipped.jsonl");
    InputWalk.Totals totals = batch.totals(paths);
    ExtractSink sink = null;
    try (BufferedWriter lines = jsonl == null ? null : Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
        JsonlLog failureLog = JsonlLog.create(failures);
        JsonlLog skipLog = JsonlLog.create(skipped);
        Progress progress = Progress.choose(batch.quiet, "extract", totals, err, batch.progressInterval())) {
      sink = new ExtractSink(outDir, lines, failureLog, skipLog, err, batch.verbose);
      ExtractSink s = sink;
      new BatchRunner(batch.threads, batch.maxBytes, workers(), (file, sha, bytes) -> null)
          .run(batch.walk(paths), outcome -> {
            s.accept(outcome);
            progress.advance(outcome.bytes());
          });
    } catch (IOException | UncheckedIOException e) {
      err.println(e.getMessage() != null && e.getMessage().startsWith("[") ? e.getMessage()
          : "[" + outDir + "] cannot write output: " + e.getMessage());
      if (sink != null) {
        out.println(summary(sink.tally()) + "; stopped: output could not be written");
      }
      out.flush();
      err.flush();
      return 1;
    }
    Tally tally = sink.tally();
    if (explain) {
      writeExplanations(err);
    }
    out.println(summary(tally) + "; output in " + outDir);
    if (tally.failed() > 0) {
      out.println("failures: " + failures);
    }
    if (tally.skipped() > 0) {
      out.println("skipped: " + skipped);
    }
    out.flush();
    err.flush();
    return tally.failed() == 0 ? 0 : IndexCommand.EXIT_SOME_FAILED;
  }

  private static String summary(Tally t) {
    return t.in() + " in = " + t.done() + " extracted + " + t.skipped() + " skipped-not-a-document + " + t.failed()
        + " failed";
  }

  /** The path that means standard input (as input) or standard output (as {@code --out}). */
  static final String STDIO = "-";

  /** One document, in process, JSON to stdout; stdin is spooled to a temporary file (readers need a file). */
  private int single(PrintWriter out, PrintWriter err, boolean stdin) throws IOException {
    Path file = paths.get(0);
    Path spooled = null;
    try {
      if (stdin) {
        spooled = Files.createTempFile("policy-stdin-", "");
        try (InputStream in = System.in) {
          Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
        }
        file = spooled;
      }
      PolicyPipeline p = pipeline != null ? pipeline : PolicyPipeline.standard(batch.maxBytes, batch.readerOptions());
      PolicyDocument doc = p.process(file, withText);
      if (stdin) {
        Source s = doc.source();
        doc = new PolicyDocument(doc.schema(), doc.id(), new Source(STDIO, s.mediaType(), s.sha256(), s.bytes(),
            s.charset(), s.pages()), doc.metadata(), doc.headings(), doc.tasks(), doc.targets(), doc.tables(),
            doc.warnings(), doc.text());
      }
      PolicyJson json = new PolicyJson();
      out.print(json.toPrettyJson(doc));
      out.flush();
      if (jsonl != null) {
        Files.writeString(jsonl, json.toLine(doc) + "\n", StandardCharsets.UTF_8);
      }
      return 0;
    } catch (InputException e) {
      String message = e.getMessage();
      err.println(stdin && spooled != null ? message.replace(spooled.toString(), STDIO) : message);
      err.flush();
      return IndexCommand.EXIT_SOME_FAILED;
    } finally {
      if (spooled != null) {
        Files.deleteIfExists(spooled);
      }
    }
  }

  /**
   * Writes {@code <stem>.explain.jsonl} per input (stems as for the JSON outputs), in process and after the
   * batch, so the default output and the batch's isolation stay as they are. A file that fails here was
   * already reported by the batch and is skipped.
   */
  private void writeExplanations(PrintWriter err) throws IOException {
    PolicyPipeline explainer = pipeline != null ? pipeline : PolicyPipeline.standard(batch.maxBytes, batch.readerOptions());
    PolicyJson json = new PolicyJson();
    Set<String> written = new HashSet<>();
    for (InputWalk walk = batch.walk(paths); walk.hasNext(); ) {
      InputWalk.Item item = walk.next();
      if (!item.isInput()) {
        continue;
      }
      String name = item.file().getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      String target = written.add(stem) ? stem + ".explain.jsonl" : name + ".explain.jsonl";
      try {
        List<Decision> decisions = explainer.explainTargets(item.file());
        StringBuilder b = new StringBuilder();
        for (Decision d : decisions) {
          b.append(json.toLine(d)).append('\n');
        }
        Files.writeString(outDir.resolve(target), b.toString(), StandardCharsets.UTF_8);
      } catch (InputException | RuntimeException e) {
        if (batch.verbose) {
          err.println("[" + item.file() + "] no explanation: " + e.getMessage());
        }
      }
    }
  }

  private FileWorker.Factory workers() {
    if (pipeline != null) {
      return Isolation.inProcess(file -> pipeline.process(file, withText), batch.timeout());
    }
    return batch.isolation.resolve(paths).workers(batch.maxBytes, withText, batch.readerOptions(), batch.timeout(),
        batch.workerHeap, batch.verbose);
  }
}
