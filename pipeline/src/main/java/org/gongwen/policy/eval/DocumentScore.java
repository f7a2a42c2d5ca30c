package org.gongwen.policy.eval;

import java.util.Objects;

/**
 * The score of one gold file against its output.
 *
 * @param stem the file stem shared by {@code <stem>.gold.json} and {@code <stem>.json}
 * @param outputMissing true when there was no output: every gold item then counts as missed
 * @param scores the figures of spec §8
 * @param details the differences behind them, or {@code null} when left out
 */
public record DocumentScore(String stem, boolean outputMissing, Scores scores, Details details) {

  public DocumentScore {
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(scores, "scores");
  }

  public DocumentScore withoutDetails() {
    return new DocumentScore(stem, outputMissing, scores, null);
  }
}
