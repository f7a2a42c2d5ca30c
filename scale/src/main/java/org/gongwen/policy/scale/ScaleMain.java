package org.gongwen.policy.scale;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code policy-scale}: the commands that run the pipeline on a cluster. {@code java -jar policy-scale.jar
 * spark-extract ...}, or the same arguments after {@code spark-submit --class org.gongwen.policy.scale.ScaleMain
 * policy-scale.jar}.
 */
@Command(name = "policy-scale", mixinStandardHelpOptions = true, subcommands = SparkExtractCommand.class,
    description = "Extraction of policy documents beyond one machine.")
public final class ScaleMain implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScaleMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
