package org.gongwen.policy.pipeline;

import java.nio.file.Path;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;

/**
 * The composition root: file to {@link PolicyDocument}. Stateless after construction; one instance may
 * process files on several threads.
 */
public final class PolicyPipeline {

  private PolicyPipeline() {}

  /** The standard pipeline with every reader and extractor of the project. */
  public static PolicyPipeline standard() {
    return new PolicyPipeline();
  }

  /**
   * Reads and extracts one file.
   *
   * @param file the input
   * @param withText whether the normalized text goes into {@link PolicyDocument#text()}
   * @throws InputException when the file cannot become a document (typed, message names the file)
   */
  public PolicyDocument process(Path file, boolean withText) throws InputException {
    throw new InputException(file, InputException.Reason.UNSUPPORTED, "pipeline not assembled yet");
  }
}
