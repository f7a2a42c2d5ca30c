package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.search.IndexStats;
import org.gongwen.policy.search.PolicySearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stats --index DIR [--json]}: entry counts by type, as {@code documents: N} lines or as
 * {@code {"documents": N, "tasks": N, "targets": N}}. Exit 0, or 1 when the index cannot be opened.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the index's entries by type.")
public final class StatsCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  private Path indexDir;

  @Option(names = "--json", description = "Print the counts as a JSON object.")
  private boolean json;

  @Mixin
  private Verbosity verbosity;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    IndexStats stats;
    try (PolicySearcher searcher = PolicySearcher.open(indexDir)) {
      stats = searcher.stats();
    } catch (IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(e.getMessage());
      err.flush();
      return IndexCommand.EXIT_INDEX_UNUSABLE;
    }
    if (json) {
      out.print(new PolicyJson().toPrettyJson(stats));
    } else {
      out.println("documents: " + stats.documents());
      out.println("tasks: " + stats.tasks());
      out.println("targets: " + stats.targets());
    }
    out.flush();
    return 0;
  }
}
