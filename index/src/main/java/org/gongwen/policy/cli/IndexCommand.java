package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongwen.policy.batch.BatchRunner;
import org.gongwen.policy.batch.FileWorker;
import org.gongwen.policy.batch.IndexSink;
import org.gongwen.policy.batch.InputWalk;
import org.gongwen.policy.batch.Isolation;
import org.gongwen.policy.batch.JsonlLog;
import org.gongwen.policy.batch.Manifest;
import org.gongwen.policy.batch.Progress;
import org.gongwen.policy.batch.Tally;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index PATH... --index DIR}: extracts every file (directories walked recursively, sorted) on a
 * worker pool and adds it to the index, replacing earlier entries of the same file. Incremental: a file
 * indexed with the same SHA-256 is skipped ({@code skipped-unchanged}); a byte-identical copy of an
 * indexed file is linked in {@code DIR.duplicates.jsonl}, not indexed twice. Commits every
 * {@code --commit-every} changes, so a killed run resumes where its last commit left off. Every input
 * is indexed, skipped, linked, or listed in {@code DIR.failures.jsonl} (and on stderr). Exit 0 when
 * nothing failed, 3 when some files failed, 1 when the index cannot be opened or committed.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract files and add them to a Lucene index (incremental; re-indexing a file replaces it).")
public final class IndexCommand implements Callable<Integer> {

  /** Exit code when at least one file could not be indexed. */
  public static final int EXIT_SOME_FAILED = 3;
  /** Exit code when the index itself cannot be used. */
  public static final int EXIT_INDEX_UNUSABLE = 1;

  /** File to document: the pipeline, or a stand-in in tests. */
  @FunctionalInterface
  public interface Extractor {
    PolicyDocument extract(Path file, boolean withText) throws InputException;
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (walked recursively).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (created when missing).")
  private Path indexDir;

  @Option(names = "--with-text", description = "Index the full normalized text and evidence sentences.")
  private boolean withText;

  @Option(names = "--commit-every", paramLabel = "N", description = "Commit after this many changed files (default: ${DEFAULT-VALUE}).")
  private int commitEvery = 200;

  @Option(names = "--failures", paramLabel = "FILE", description = "Failure report (default: DIR.failures.jsonl beside the index).")
  private Path failuresFile;

  @Mixin
  private BatchOptions batch;

  @Spec
  private CommandSpec spec;

  private final Extractor extractor;

  /** Uses the standard pipeline, isolated as {@code --isolation} says. */
  public IndexCommand() {
    this.extractor = null;
  }

  /** Uses a stand-in extractor, in process (tests). */
  public IndexCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String noOcr = batch.ocrUnavailable();
    if (noOcr != null) {
      err.println("--ocr: " + noOcr);
      err.flush();
      return EXIT_NO_OCR;
    }
    Path failures = failuresFile != null ? failuresFile : beside(indexDir, ".failures.jsonl");
    Path duplicates = beside(indexDir, ".duplicates.jsonl");
    Tally tally;
    try {
      Manifest manifest = Manifest.load(indexDir);
      InputWalk.Totals totals = batch.quiet ? null : InputWalk.count(paths);
      try (PolicyIndexer indexer = PolicyIndexer.open(indexDir);
          JsonlLog failureLog = JsonlLog.create(failures);
          JsonlLog duplicateLog = JsonlLog.create(duplicates);
          Progress progress = Progress.choose(batch.quiet, "index", totals, err, batch.progressInterval())) {
        IndexSink sink = new IndexSink(indexer, manifest, failureLog, duplicateLog, err, batch.verbose, commitEvery);
        new BatchRunner(batch.threads, batch.maxBytes, workers(), IndexSink.precheck(manifest))
            .run(new InputWalk(paths), outcome -> {
              sink.accept(outcome);
              progress.advance(outcome.bytes());
            });
        tally = sink.tally();
      }
    } catch (IOException e) {
      err.println(e.getMessage());
      err.flush();
      return EXIT_INDEX_UNUSABLE;
    }
    out.println(tally.in() + " in = " + tally.done() + " indexed + " + tally.unchanged() + " skipped-unchanged + "
        + tally.duplicate() + " duplicate + " + tally.failed() + " failed");
    if (tally.failed() > 0) {
      out.println("failures: " + failures);
    }
    out.flush();
    err.flush();
    return tally.failed() == 0 ? 0 : EXIT_SOME_FAILED;
  }

  /** {@code --ocr} asked where Tesseract is not installed. */
  static final int EXIT_NO_OCR = 1;

  private FileWorker.Factory workers() {
    if (extractor != null) {
      return Isolation.inProcess(file -> extractor.extract(file, withText), batch.timeout());
    }
    return batch.isolation.resolve(paths).workers(batch.maxBytes, withText, batch.readerOptions(), batch.timeout(),
        batch.workerHeap, batch.verbose);
  }

  /** {@code /x/idx} + {@code .failures.jsonl} = {@code /x/idx.failures.jsonl}. */
  static Path beside(Path dir, String suffix) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + suffix);
  }
}
