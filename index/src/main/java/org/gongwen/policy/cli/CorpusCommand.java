package org.gongwen.policy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongwen.policy.batch.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus --out DIR --count N}: writes a deterministic torture corpus for bulk-import tests. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Write a torture corpus: varied renderings of the seeds plus bad files (listed in DIR/.corpus.jsonl).")
public final class CorpusCommand implements Callable<Integer> {

  @Mixin
  private Verbosity verbosity;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  private Path out;

  @Option(names = "--count", required = true, paramLabel = "N", description = "Number of files.")
  private int count;

  @Option(names = "--bad-percent", paramLabel = "P", description = "Share of bad files (default: ${DEFAULT-VALUE}).")
  private double badPercent = 5;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed = 1;

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seed texts (default: ${DEFAULT-VALUE}).")
  private Path seeds = Path.of("seeds");

  @Option(names = "--samples", paramLabel = "DIR", description = "Sample PDF/DOCX files (default: ${DEFAULT-VALUE}).")
  private Path samples = Path.of("samples");

  @Option(names = "--max-chars", paramLabel = "C", description = "Cut each rendering to about C characters; 0 keeps all (default: ${DEFAULT-VALUE}).")
  private int maxChars;

  @Option(names = "--binary-percent", paramLabel = "P", description = "Share of good files that are PDF/DOCX copies (default: ${DEFAULT-VALUE}).")
  private int binaryPercent = 10;

  @Option(names = "--oversize-bytes", paramLabel = "N", converter = BatchOptions.SizeConverter.class,
      description = "Size of the over-size bad file (default: 51m, just over the default --max-bytes).")
  private long oversizeBytes = 51L * 1024 * 1024;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    int bad = CorpusGenerator.from(seeds, samples)
        .write(out, new CorpusGenerator.Spec(count, badPercent, seed, maxChars, binaryPercent, oversizeBytes));
    spec.commandLine().getOut().println(count + " files (" + bad + " bad) in " + out + "; listing in "
        + out.resolve(".corpus.jsonl"));
    return 0;
  }
}
