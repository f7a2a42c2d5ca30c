package org.gongwen.policy.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
    footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 some input files failed."})
public final class Main {

  /**
   * The subcommands, in the order the usage help lists them. Added in {@link #commandLine(String...)}
   * rather than named in {@code @Command(subcommands = …)}, which would make picocli build the model of
   * every one of them by reflection before running any (a sixth of a cold {@code extract}'s CPU).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(ExtractCommand.class, IndexCommand.class,
      SearchCommand.class, CompareCommand.class, StatsCommand.class, ServeCommand.class, DeleteCommand.class,
      EvaluateCommand.class, CorpusCommand.class, BenchCommand.class, ManCommand.class,
      AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);

  /** Subcommands that read the whole command tree (the manual, the completion script, help on another). */
  private static final Set<Class<?>> TREE_READERS =
      Set.of(ManCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** The command line with every subcommand (usage help, manual page, completion script). */
  static CommandLine commandLine() {
    return configured(SUBCOMMANDS);
  }

  /**
   * The command line that runs {@code args}: when they start with the name of a subcommand that does not
   * read the command tree ({@code extract}, {@code search}, …), only that subcommand is modelled; it
   * parses, helps and fails exactly as in the whole tree. Anything else (no subcommand, an option first,
   * {@code help}, {@code man}, a misspelt name that picocli answers with suggestions) gets every subcommand.
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> command : SUBCOMMANDS) {
        if (!TREE_READERS.contains(command) && names(command).contains(args[0])) {
          return configured(List.of(command));
        }
      }
    }
    return commandLine();
  }

  /** A subcommand's name and aliases, from its {@code @Command} annotation. */
  private static List<String> names(Class<?> command) {
    Command annotation = command.getAnnotation(Command.class);
    String[] aliases = annotation.aliases();
    String[] all = Arrays.copyOf(aliases, aliases.length + 1);
    all[aliases.length] = annotation.name();
    return List.of(all);
  }

  /**
   * The configured command line: output in UTF-8 whatever the platform charset (JSON and CSV are UTF-8),
   * an unexpected error prints one line, not a stack trace.
   */
  private static CommandLine configured(List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    for (Class<?> command : subcommands) {
      cli.addSubcommand(command);
    }
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    // "generate-completion" prints a bash/zsh completion script: source <(policy generate-completion)
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cli;
  }
}
