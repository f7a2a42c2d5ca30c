package org.gongwen.policy.extract.metadata;

import java.util.List;
import java.util.Set;

/**
 * The 版头 elements found at the top of a document (spec §2); absent ones null or empty.
 *
 * @param elementLines indices (into the front lines) of the lines holding these elements; the title is
 *     read from the other lines
 */
public record FrontBlock(String copyNumber, String security, String urgency, String issuerMark,
    List<String> issuers, String docNumber, String signer, Set<Integer> elementLines) {
  public FrontBlock {
    issuers = List.copyOf(issuers);
    elementLines = Set.copyOf(elementLines);
  }

  /** Whether front line {@code k} holds a 版头 element. */
  public boolean isElement(int k) {
    return elementLines.contains(k);
  }
}
