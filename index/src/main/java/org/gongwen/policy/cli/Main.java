package org.gongwen.policy.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy} command. Exit codes, the same for every subcommand: 0 success; 1 an error that
 * stopped the command (unreadable index, unreadable gold file); 2 a usage error; 3 some input files
 * failed while the others were processed.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
    description = "Chinese government policy documents (公文) to structured JSON and a Lucene index.",
    subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, CompareCommand.class,
        StatsCommand.class, ServeCommand.class, DeleteCommand.class, EvaluateCommand.class, CorpusCommand.class,
        BenchCommand.class, ManCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 some input files failed."})
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The configured command line: output in UTF-8 whatever the platform charset (JSON and CSV are UTF-8),
   * an unexpected error prints one line, not a stack trace.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    // "generate-completion" prints a bash/zsh completion script: source <(policy generate-completion)
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cli;
  }
}
