package org.gongwen.policy.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code policy man}: the manual page, in roff, built from the same command model as {@code --help}
 * (so it cannot drift): NAME, SYNOPSIS, DESCRIPTION, one section per subcommand with its options, EXIT
 * STATUS. Install with {@code policy man > ~/.local/share/man/man1/policy.1} and read with
 * {@code man policy}.
 */
@Command(name = "man", mixinStandardHelpOptions = true,
    description = "Print the manual page (roff): policy man > ~/.local/share/man/man1/policy.1")
public final class ManCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(page(spec.root()));
    out.flush();
    return 0;
  }

  static String page(CommandSpec root) {
    StringBuilder sb = new StringBuilder();
    String version = new VersionInfo().getVersion()[0].replace("policy ", "");
    sb.append(".TH POLICY 1 \"\" \"policy ").append(esc(version)).append("\" \"User Commands\"\n");
    sb.append(".SH NAME\npolicy \\- ").append(esc(String.join(" ", root.usageMessage().description()))).append('\n');
    sb.append(".SH SYNOPSIS\n.B policy\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n");
    sb.append(".SH DESCRIPTION\n").append(esc(String.join(" ", root.usageMessage().description()))).append('\n');
    sb.append(".SH COMMANDS\n");
    for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      if (sub.name().equals("help") || !sub.name().equals(e.getKey())) {
        continue;
      }
      sb.append(".SS ").append(esc(sub.name())).append('\n');
      sb.append(".nf\n").append(esc(e.getValue().getHelp().synopsis(0).strip())).append("\n.fi\n");
      sb.append(esc(String.join(" ", sub.usageMessage().description()))).append('\n');
      for (OptionSpec o : sub.options()) {
        if (o.hidden()) {
          continue;
        }
        sb.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
        if (o.paramLabel() != null && o.arity().max() > 0) {
          sb.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
        }
        sb.append('\n').append(esc(String.join(" ", o.description()).replace("${DEFAULT-VALUE}",
            String.valueOf(o.defaultValue())))).append('\n');
      }
    }
    sb.append(".SH EXIT STATUS\n0 ok, 1 error, 2 usage, 3 some input files failed.\n");
    sb.append(".SH SEE ALSO\nREADME.md, docs/search.md, docs/json-format.md, docs/java-api.md\n");
    return sb.toString();
  }

  /** Roff escaping: backslashes, and a leading dot or quote that would start a request. */
  static String esc(String s) {
    String t = s.replace("\\", "\\e");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
