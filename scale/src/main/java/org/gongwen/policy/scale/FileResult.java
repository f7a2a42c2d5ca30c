package org.gongwen.policy.scale;

import java.io.Serializable;

/**
 * What became of one input file in a Spark run: exactly one per input. Serializable, so it travels from
 * the executors to the output datasets.
 *
 * @param file the input as reported (see {@link DisplayPathRule})
 * @param sha256 hex SHA-256 of the content, or null when it could not be read or was too large
 * @param kind which dataset the line goes to
 * @param code the failure code ({@code extract}'s {@code failures.jsonl} codes) or skip reason, else null
 * @param line the JSON line written for it: the {@code policy-doc/1} document, or the report line
 */
public record FileResult(String file, String sha256, Kind kind, String code, String line) implements Serializable {

  /** The output dataset of a result. */
  public enum Kind {
    /** Extracted: {@code line} is the document's JSON, as {@code extract --jsonl} writes it. */
    DOCUMENT("documents"),
    /** Not extracted: {@code {file, sha256, error, message, elapsedMs}}, as {@code failures.jsonl}. */
    FAILED("failures"),
    /** Not a document (name and content): {@code {file, reason, message}}, as {@code skipped.jsonl}. */
    SKIPPED("skipped"),
    /** Content already in an earlier run's documents: {@code {file, sha256}}. */
    UNCHANGED("unchanged");

    private final String dataset;

    Kind(String dataset) {
      this.dataset = dataset;
    }

    /** The folder name of the dataset under the output directory. */
    public String dataset() {
      return dataset;
    }
  }
}
