package org.gongwen.policy.cli;

import picocli.CommandLine.Option;

/**
 * {@code -q/--quiet} and {@code -v/--verbose}, the same on every command (a picocli mixin): quiet drops
 * progress and notes on stderr (errors are still printed), verbose adds detail (stack traces of internal
 * errors, worker output).
 */
final class Verbosity {

  @Option(names = {"-q", "--quiet"}, description = "No progress or notes on stderr; errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "More detail on stderr (stack traces of internal errors).")
  boolean verbose;
}
