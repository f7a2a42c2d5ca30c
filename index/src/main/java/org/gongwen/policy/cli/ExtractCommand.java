package org.gongwen.policy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.gongwen.policy.pipeline.PolicyPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract PATH... --out DIR [--with-text] [--jsonl FILE]}: one {@code DIR/<file stem>.json} per
 * document (schema {@code policy-doc/1}), on a worker pool, identical whatever {@code --threads}; with
 * {@code --jsonl} also one line per document in FILE, in input order. When two inputs share a stem, the
 * later one (in walk order) is written as {@code <stem>.<ext>.json}. A failing file gets one line
 * {@code [file] reason} on stderr and one in {@code DIR/failures.jsonl}, and the others continue. Exit
 * 0 when all files were extracted, 3 when any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract policy documents to JSON (schema policy-doc/1).")
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (walked recursively).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created when missing).")
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
    Files.createDirectories(outDir);
    Path failures = outDir.resolve("failures.jsonl");
    Tally tally;
    InputWalk.Totals totals = batch.quiet ? null : InputWalk.count(paths);
    try (BufferedWriter lines = jsonl == null ? null : Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
        JsonlLog failureLog = JsonlLog.create(failures);
        Progress progress = Progress.choose(batch.quiet, "extract", totals, err, batch.progressInterval())) {
      ExtractSink sink = new ExtractSink(outDir, lines, failureLog, err, batch.verbose);
      new BatchRunner(batch.threads, batch.maxBytes, workers(), (file, sha, bytes) -> null)
          .run(new InputWalk(paths), outcome -> {
            sink.accept(outcome);
            progress.advance(outcome.bytes());
          });
      tally = sink.tally();
    }
    if (explain) {
      writeExplanations(err);
    }
    out.println(tally.in() + " in = " + tally.done() + " extracted + " + tally.failed() + " failed; output in "
        + outDir);
    if (tally.failed() > 0) {
      out.println("failures: " + failures);
    }
    out.flush();
    err.flush();
    return tally.failed() == 0 ? 0 : IndexCommand.EXIT_SOME_FAILED;
  }

  /**
   * Writes {@code <stem>.explain.jsonl} per input (stems as for the JSON outputs), in process and after the
   * batch, so the default output and the batch's isolation stay as they are. A file that fails here was
   * already reported by the batch and is skipped.
   */
  private void writeExplanations(PrintWriter err) throws IOException {
    PolicyPipeline explainer = pipeline != null ? pipeline : PolicyPipeline.standard(batch.maxBytes);
    PolicyJson json = new PolicyJson();
    Set<String> written = new HashSet<>();
    for (InputWalk walk = new InputWalk(paths); walk.hasNext(); ) {
      InputWalk.Item item = walk.next();
      if (item.file() == null || item.problem() != null) {
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
    return batch.isolation.resolve(paths).workers(batch.maxBytes, withText, batch.timeout(), batch.workerHeap,
        batch.verbose);
  }
}
