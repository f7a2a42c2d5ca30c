package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index PATH... --index DIR [--with-text]}: extracts every file (directories walked recursively,
 * in sorted order) and adds it to the index, replacing earlier entries of the same file. A failing file
 * gets one line {@code [file] reason} on stderr and the others continue. Exit 0 when all files were
 * indexed, 3 when any failed, 1 when the index cannot be opened or committed.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract files and add them to a Lucene index (re-indexing a file replaces it).")
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

  @Spec
  private CommandSpec spec;

  private final Extractor extractor;

  /** Uses {@link PolicyPipeline#standard()}. */
  public IndexCommand() {
    this(PolicyPipeline.standard()::process);
  }

  public IndexCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int indexed = 0;
    int failed = 0;
    try (PolicyIndexer indexer = PolicyIndexer.open(indexDir)) {
      for (Path path : paths) {
        List<Path> files;
        try {
          files = InputFiles.under(path);
        } catch (IOException | UncheckedIOException e) {
          err.println("[" + path + "] " + e.getMessage());
          failed++;
          continue;
        }
        for (Path file : files) {
          if (indexOne(indexer, file, err)) {
            indexed++;
          } else {
            failed++;
          }
        }
      }
    } catch (IOException e) {
      err.println(e.getMessage());
      err.flush();
      return EXIT_INDEX_UNUSABLE;
    }
    out.println((indexed + failed) + " files: " + indexed + " indexed, " + failed + " failed");
    out.flush();
    err.flush();
    return failed == 0 ? 0 : EXIT_SOME_FAILED;
  }

  private boolean indexOne(PolicyIndexer indexer, Path file, PrintWriter err) throws IOException {
    PolicyDocument doc;
    try {
      doc = extractor.extract(file, withText);
    } catch (InputException e) {
      err.println(e.getMessage());
      return false;
    } catch (RuntimeException e) {
      err.println("[" + file + "] extraction failed: " + e);
      return false;
    }
    try {
      indexer.add(doc);
      return true;
    } catch (IllegalArgumentException e) {
      err.println("[" + file + "] cannot index: " + e.getMessage());
      return false;
    }
  }
}
