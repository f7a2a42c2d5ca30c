package org.gongwen.policy.eval;

import java.util.List;

/**
 * The result of scoring a directory of outputs against a directory of gold files.
 *
 * @param documents one score per gold file, in stem order
 * @param total the micro-averaged figures over all documents (TP/FP/FN and correct/total summed)
 * @param missingOutputs stems of gold files that had no output (scored as all-missed)
 * @param ignoredOutputs how many outputs had no gold file (not scored)
 */
public record Evaluation(
    List<DocumentScore> documents, Scores total, List<String> missingOutputs, int ignoredOutputs) {

  public Evaluation {
    documents = List.copyOf(documents);
    missingOutputs = List.copyOf(missingOutputs);
  }

  /** Totals documents into an evaluation. */
  public static Evaluation of(List<DocumentScore> documents, int ignoredOutputs) {
    Scores total = Scores.NONE;
    for (DocumentScore d : documents) {
      total = total.plus(d.scores());
    }
    List<String> missing =
        documents.stream().filter(DocumentScore::outputMissing).map(DocumentScore::stem).toList();
    return new Evaluation(documents, total, missing, ignoredOutputs);
  }

  public Evaluation withoutDetails() {
    return new Evaluation(
        documents.stream().map(DocumentScore::withoutDetails).toList(), total, missingOutputs,
        ignoredOutputs);
  }
}
