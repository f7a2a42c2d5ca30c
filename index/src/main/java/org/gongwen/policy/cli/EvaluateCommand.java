package org.gongwen.policy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongwen.policy.eval.Evaluation;
import org.gongwen.policy.eval.EvaluationException;
import org.gongwen.policy.eval.EvaluationReport;
import org.gongwen.policy.eval.Evaluator;
import org.gongwen.policy.json.PolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --gold DIR OUTDIR [--detail] [--json]}: scores {@code OUTDIR/<stem>.json} against
 * {@code DIR/<stem>.gold.json} (spec §8) and prints the report. Exit 0 when scored, 1 when an input
 * cannot be read (one line on stderr naming the file), 2 on a usage error (picocli).
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score extraction outputs against gold files (spec section 8).")
public final class EvaluateCommand implements Callable<Integer> {

  static final int UNREADABLE_INPUT = 1;

  @Spec private CommandSpec spec;

  @Mixin private Verbosity verbosity;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "Directory of <stem>.gold.json files.")
  private Path goldDir;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "Directory of <stem>.json outputs.")
  private Path outputDir;

  @Option(names = "--detail", description = "List missed, extra and mismatched items per document.")
  private boolean detail;

  @Option(names = "--json", description = "Print the scores as JSON instead of the text table.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Evaluation evaluation;
    try {
      evaluation = new Evaluator().evaluate(goldDir, outputDir);
    } catch (EvaluationException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("evaluate: " + e.getMessage());
      err.flush();
      return UNREADABLE_INPUT;
    }
    if (json) {
      out.print(new PolicyJson().toPrettyJson(detail ? evaluation : evaluation.withoutDetails()));
    } else {
      out.print(EvaluationReport.text(evaluation, detail));
    }
    out.flush();
    return 0;
  }
}
