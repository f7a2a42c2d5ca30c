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
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract PATH... --out DIR [--with-text] [--jsonl FILE]}: one {@code DIR/<file stem>.json} per
 * document (schema {@code policy-doc/1}); with {@code --jsonl} also one line per document in FILE. When
 * two inputs share a stem, the later one (in sorted order) is written as {@code <stem>.<ext>.json}. A
 * failing file gets one line {@code [file] reason} on stderr and the others continue. Exit 0 when all
 * files were extracted, 3 when any failed.
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

  @Spec
  private CommandSpec spec;

  private final PolicyPipeline pipeline;
  private final PolicyJson json = new PolicyJson();

  public ExtractCommand() {
    this(PolicyPipeline.standard());
  }

  public ExtractCommand(PolicyPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(outDir);
    int extracted = 0;
    int failed = 0;
    Set<String> written = new HashSet<>();
    try (BufferedWriter lines = jsonl == null ? null : Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (Path path : paths) {
        List<Path> files;
        try {
          files = InputFiles.under(path);
        } catch (IOException e) {
          err.println("[" + path + "] " + e.getMessage());
          failed++;
          continue;
        }
        for (Path file : files) {
          PolicyDocument doc;
          try {
            doc = pipeline.process(file, withText);
          } catch (InputException e) {
            err.println(e.getMessage());
            failed++;
            continue;
          } catch (RuntimeException e) {
            err.println("[" + file + "] extraction failed: " + e);
            failed++;
            continue;
          }
          json.write(doc, outDir.resolve(outputName(file, written)));
          if (lines != null) {
            lines.write(json.toLine(doc));
            lines.write('\n');
          }
          extracted++;
        }
      }
    }
    out.println((extracted + failed) + " files: " + extracted + " extracted, " + failed + " failed; output in " + outDir);
    out.flush();
    err.flush();
    return failed == 0 ? 0 : IndexCommand.EXIT_SOME_FAILED;
  }

  private static String outputName(Path file, Set<String> written) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String candidate = stem + ".json";
    if (!written.add(candidate)) {
      candidate = name + ".json";
      written.add(candidate);
    }
    return candidate;
  }
}
