package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help lists -q/--quiet and -v/--verbose (in-process: the help text is the command
 * model; what the flags do is checked on the packaged jar by {@link CliJarIT}).
 */
class EveryCommandOptionsTest {

  @Test
  void quietAndVerboseOnEveryCommand() {
    for (String command : List.of("extract", "index", "search", "compare", "stats", "delete", "evaluate", "corpus")) {
      StringWriter help = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(help, true));
      assertEquals(0, cli.execute(command, "--help"));
      assertTrue(help.toString().contains("-q, --quiet") && help.toString().contains("-v, --verbose"),
          command + ": " + help);
    }
  }
}
