package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.solr.SolrCollection;
import org.gongwen.policy.solr.SolrIndexer;
import org.gongwen.policy.solr.SolrSink;
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
 * is indexed, skipped (listed in {@code DIR.skipped.jsonl}: no document by name and content, special
 * files, links not followed), linked, or listed in {@code DIR.failures.jsonl} (and on stderr). Exit 0
 * when nothing failed, 3 when some documents failed, 1 when the index cannot be opened or written (then
 * the error names the index and the accounting line so far is still printed).
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

  @Option(names = "--index", paramLabel = "DIR", description = "Index directory (created when missing).")
  private Path indexDir;

  @Option(names = "--solr", paramLabel = "URL/COLLECTION",
      description = "Index into this Solr collection instead (e.g. http://localhost:8983/solr/policy; configset in"
          + " scale/solr/configsets/policy). No manifest: every file is extracted; re-indexing replaces a file.")
  private String solr;

  @Option(names = "--with-text", description = "Search the full normalized text of documents (else their outline);"
      + " evidence sentences and the stored text for the document view are kept either way.")
  private boolean withText;

  @Option(names = "--commit-every", paramLabel = "N", description = "Commit after this many changed files (default: ${DEFAULT-VALUE}).")
  private int commitEvery = 200;

  @Option(names = "--failures", paramLabel = "FILE", description = "Failure report (default: DIR.failures.jsonl beside the"
      + " index; with --solr: none, failures on stderr only).")
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
    if ((indexDir == null) == (solr == null)) {
      err.println("give one of --index DIR or --solr URL/COLLECTION");
      err.flush();
      return 2;
    }
    if (solr != null) {
      return indexSolr(out, err);
    }
    Path failures = failuresFile != null ? failuresFile : beside(indexDir, ".failures.jsonl");
    Path duplicates = beside(indexDir, ".duplicates.jsonl");
    Path skipped = beside(indexDir, ".skipped.jsonl");
    IndexSink sink = null;
    try {
      Manifest manifest = Manifest.load(indexDir);
      InputWalk.Totals totals = batch.totals(paths);
      try (PolicyIndexer indexer = PolicyIndexer.open(indexDir, Analyzers.NAME, withText);
          JsonlLog failureLog = JsonlLog.create(failures);
          JsonlLog duplicateLog = JsonlLog.create(duplicates);
          JsonlLog skipLog = JsonlLog.create(skipped);
          Progress progress = Progress.choose(batch.quiet, "index", totals, err, batch.progressInterval());
          IndexSink s = new IndexSink(indexer, manifest, failureLog, duplicateLog, skipLog, err, batch.verbose,
              commitEvery, batch.threads)) {
        sink = s;
        new BatchRunner(batch.threads, batch.maxBytes, workers(), IndexSink.precheck(manifest))
            .run(batch.walk(paths), outcome -> {
              s.accept(outcome);
              progress.advance(outcome.bytes());
            });
        s.finish();
      }
    } catch (IOException | UncheckedIOException e) {
      err.println(describe(indexDir, e));
      if (sink != null) {
        out.println(summary(sink.tally()) + "; stopped: the index could not be written, nothing after its last "
            + "commit is kept");
      }
      out.flush();
      err.flush();
      return EXIT_INDEX_UNUSABLE;
    }
    Tally tally = sink.tally();
    out.println(summary(tally));
    if (tally.failed() > 0) {
      out.println("failures: " + failures);
    }
    if (tally.skipped() > 0) {
      out.println("skipped: " + skipped);
    }
    out.flush();
    err.flush();
    return tally.failed() == 0 ? 0 : EXIT_SOME_FAILED;
  }

  /** {@code --solr}: extract every file and send it to the collection; commit at the end. */
  private int indexSolr(PrintWriter out, PrintWriter err) {
    SolrCollection collection;
    try {
      collection = SolrCollection.parse(solr);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    SolrSink sink = null;
    try {
      InputWalk.Totals totals = batch.totals(paths);
      try (SolrIndexer indexer = SolrIndexer.open(collection, withText);
          JsonlLog failureLog = failuresFile == null ? null : JsonlLog.create(failuresFile);
          Progress progress = Progress.choose(batch.quiet, "index", totals, err, batch.progressInterval())) {
        sink = new SolrSink(indexer, failureLog, err, batch.verbose);
        SolrSink s = sink;
        new BatchRunner(batch.threads, batch.maxBytes, workers(), (file, sha, bytes) -> null)
            .run(batch.walk(paths), outcome -> {
              s.accept(outcome);
              progress.advance(outcome.bytes());
            });
      }
    } catch (IOException | UncheckedIOException e) {
      err.println(e.getMessage());
      if (sink != null) {
        out.println(summary(sink.tally()) + "; stopped: Solr could not be written, nothing after its last commit"
            + " is sure to be kept");
      }
      out.flush();
      err.flush();
      return EXIT_INDEX_UNUSABLE;
    }
    Tally tally = sink.tally();
    out.println(summary(tally));
    if (tally.failed() > 0 && failuresFile != null) {
      out.println("failures: " + failuresFile);
    }
    out.flush();
    err.flush();
    return tally.failed() == 0 ? 0 : EXIT_SOME_FAILED;
  }

  /** The error in one line that names the index: {@code [DIR] cannot write the index: No space left on device}. */
  static String describe(Path indexDir, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return message.startsWith("[") ? message : "[" + indexDir + "] cannot use the index: " + message;
  }

  /** {@code N in = X indexed + Y skipped-unchanged + S skipped-not-a-document + D duplicate + Z failed}. */
  static String summary(Tally t) {
    return t.in() + " in = " + t.done() + " indexed + " + t.unchanged() + " skipped-unchanged + " + t.skipped()
        + " skipped-not-a-document + " + t.duplicate() + " duplicate + " + t.failed() + " failed";
  }

  /** {@code --ocr} asked where Tesseract is not installed. */
  static final int EXIT_NO_OCR = 1;

  private FileWorker.Factory workers() {
    if (extractor != null) {
      return Isolation.inProcess(file -> extractor.extract(file, true), batch.timeout());
    }
    // always with text: each target's evidence sentence is cut from it when the policy is indexed
    return batch.isolation.resolve(paths).workers(batch.maxBytes, true, batch.readerOptions(), batch.timeout(),
        batch.workerHeap, batch.verbose);
  }

  /** {@code /x/idx} + {@code .failures.jsonl} = {@code /x/idx.failures.jsonl}. */
  static Path beside(Path dir, String suffix) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + suffix);
  }
}
