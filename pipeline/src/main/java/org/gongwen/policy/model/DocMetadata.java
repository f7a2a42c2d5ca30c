package org.gongwen.policy.model;

import java.util.List;

/**
 * GB/T 9704 elements of a 公文 (spec §2). Absent elements are null, absent lists are empty. Dates are
 * ISO {@code yyyy-MM-dd}.
 */
public record DocMetadata(
    String issuerMark,
    List<String> issuers,
    String docNumber,
    String title,
    String enclosedTitle,
    List<String> recipients,
    String signatory,
    String signedDate,
    String note,
    List<String> attachments,
    List<String> cc,
    String printedBy,
    String printedDate,
    String security,
    String urgency,
    String copyNumber,
    String signer) {
  public DocMetadata {
    issuers = List.copyOf(issuers);
    recipients = List.copyOf(recipients);
    attachments = List.copyOf(attachments);
    cc = List.copyOf(cc);
  }

  public static DocMetadata empty() {
    return new DocMetadata(null, List.of(), null, null, null, List.of(), null, null, null,
        List.of(), List.of(), null, null, null, null, null, null);
  }
}
