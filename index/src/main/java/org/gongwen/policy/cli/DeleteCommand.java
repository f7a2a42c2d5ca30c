package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.index.PolicyIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code delete --index DIR [--file PATH]... [--id ID]...}: removes every entry (document, tasks,
 * targets) of the named source files (as they were indexed) or policy ids, in one commit. Prints one line
 * per name with the number of entries removed; a name with nothing in the index is reported on stderr as
 * {@code [name] not in the index}. Exit 0 when every name was found, 3 when some were not, 1 when the
 * index cannot be opened.
 *
 * <p>A file whose copies were skipped as duplicates when it was indexed (same bytes, or the same notice
 * republished: {@code DIR.duplicates.jsonl}) is not simply gone: its first copy that still exists is
 * extracted and indexed in its place ({@code --no-restore} to skip), so deleting one rendering of a
 * notice keeps the notice searchable.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Remove a document and its tasks and targets from the index, by source file or id.")
public final class DeleteCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  private Path indexDir;

  @Option(names = "--file", paramLabel = "PATH", description = "Source file as it was indexed (see search output).")
  private List<String> files = new ArrayList<>();

  @Option(names = "--id", paramLabel = "ID", description = "Policy id (16 hex chars, the JSON's id).")
  private List<String> ids = new ArrayList<>();

  @Mixin
  private Verbosity verbosity;

  @Option(names = "--no-restore", description = "Do not index a duplicate copy of a deleted file in its place.")
  private boolean noRestore;

  @Option(names = "--with-text", description = "Index a restored copy with its full text (as index --with-text).")
  private boolean withText;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.isEmpty() && ids.isEmpty()) {
      err.println("delete: name at least one --file or --id");
      err.flush();
      return 2;
    }
    int missing = 0;
    try (PolicyIndexer indexer = PolicyIndexer.open(indexDir)) {
      for (String file : files) {
        int notFound = remove(indexer, FieldNames.FILE, file, out, err);
        missing += notFound;
        if (notFound == 0 && !noRestore) {
          restoreCopy(indexer, file, out, err);
        }
      }
      for (String id : ids) {
        missing += remove(indexer, FieldNames.DOC_ID, id, out, err);
      }
    } catch (IOException e) {
      err.println(e.getMessage());
      err.flush();
      return IndexCommand.EXIT_INDEX_UNUSABLE;
    }
    out.flush();
    err.flush();
    return missing == 0 ? 0 : IndexCommand.EXIT_SOME_FAILED;
  }

  /** Indexes the first existing file recorded as a duplicate of {@code deleted}, if any. */
  private void restoreCopy(PolicyIndexer indexer, String deleted, PrintWriter out, PrintWriter err) throws IOException {
    Path log = IndexCommand.beside(indexDir, ".duplicates.jsonl");
    if (!Files.isRegularFile(log)) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode link = json.readTree(line);
      String copy = link.path("file").asText(null);
      if (!deleted.equals(link.path("duplicateOf").asText(null)) || copy == null || !Files.isRegularFile(Path.of(copy))
          || indexer.count(FieldNames.FILE, copy) > 0) {
        continue;
      }
      try {
        indexer.add(PolicyPipeline.standard().process(Path.of(copy), withText));
        out.println("[" + deleted + "] its copy [" + copy + "] (" + link.path("reason").asText("duplicate")
            + ") was indexed in its place");
        return;
      } catch (InputException e) {
        err.println(e.getMessage());
      }
    }
  }

  private static int remove(PolicyIndexer indexer, String field, String value, PrintWriter out, PrintWriter err)
      throws IOException {
    int entries = indexer.count(field, value);
    if (entries == 0) {
      err.println("[" + value + "] not in the index");
      return 1;
    }
    if (field.equals(FieldNames.FILE)) {
      indexer.delete(value);
    } else {
      indexer.deleteById(value);
    }
    out.println("[" + value + "] deleted " + entries + " entries");
    return 0;
  }
}
