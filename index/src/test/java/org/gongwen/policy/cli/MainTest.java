package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A command line that models only the subcommand being run ({@link Main#commandLine(String...)}, the
 * fast path of a cold start) behaves like the whole tree: same help, same usage errors, same exit codes.
 */
class MainTest {

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "index", "search", "compare", "stats", "serve", "delete", "evaluate",
      "corpus", "bench"})
  void oneSubcommandHelpsAndFailsAsInTheWholeTree(String command) {
    assertEquals(1, Main.commandLine(command, "--help").getSubcommands().size(), "modelled alone");
    for (List<String> args : List.of(List.of(command, "--help"), List.of(command, "--no-such-option"))) {
      String[] a = args.toArray(String[]::new);
      Outcome alone = run(Main.commandLine(a), a);
      Outcome whole = run(Main.commandLine(), a);
      assertEquals(whole, alone, String.join(" ", args));
      assertTrue(alone.out().startsWith("Usage: policy " + command) || alone.err().contains("Usage: policy " + command),
          alone.toString());
    }
  }

  /** Arguments that need the whole tree: no subcommand, an option first, help on another, a misspelt name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"--help", "help|extract", "man", "generate-completion", "extarct|x.txt",
      "-V|extract"})
  void otherArgumentsGetEverySubcommand(String joined) {
    String[] args = joined.split("\\|");
    // getSubcommands() maps aliases too; no subcommand of ours has one
    assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(args).getSubcommands().size(), joined);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "help"})
  void topLevelHelpListsEverySubcommandInOrder(String arg) {
    Outcome help = run(Main.commandLine(arg), arg);
    assertEquals(0, help.exit(), help.err());
    int last = -1;
    for (String name : List.of("extract", "index", "search", "compare", "stats", "serve", "delete", "evaluate",
        "corpus", "bench", "man", "generate-completion", "help")) {
      int at = help.out().indexOf("\n  " + name + " ");
      assertNotEquals(-1, at, name + " missing: " + help.out());
      assertTrue(at > last, name + " out of order: " + help.out());
      last = at;
    }
  }
}
