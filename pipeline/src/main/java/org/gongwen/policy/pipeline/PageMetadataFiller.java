package org.gongwen.policy.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.PageMetadata;

/**
 * Fills metadata fields that the document's own text did not give from the 信息公开 box of its web page
 * ({@link PageMetadata}): 发文字号, title, 成文日期 and the issuing organ (as the only issuer). A field the
 * text gave is never replaced. The fields taken are named in one warning, {@code page-metadata: docNumber,
 * title taken from the web page's 信息公开 box}, so a reader of the JSON knows they are the site's, not the
 * document's.
 */
final class PageMetadataFiller {

  static final String WARNING_PREFIX = "page-metadata: ";

  /** The filled metadata and the warning, or the metadata unchanged and null when nothing was taken. */
  record Filled(DocMetadata metadata, String warning) {}

  Filled fill(DocMetadata m, PageMetadata page) {
    if (page == null) {
      return new Filled(m, null);
    }
    List<String> taken = new ArrayList<>();
    List<String> issuers = m.issuers();
    if (issuers.isEmpty() && page.issuer() != null) {
      issuers = List.of(page.issuer());
      taken.add("issuers");
    }
    String docNumber = m.docNumber();
    if (docNumber == null && page.docNumber() != null) {
      docNumber = page.docNumber();
      taken.add("docNumber");
    }
    String title = m.title();
    if (title == null && page.title() != null) {
      title = page.title();
      taken.add("title");
    }
    String signedDate = m.signedDate();
    if (signedDate == null && page.signedDate() != null && page.signedDate().matches("\\d{4}-\\d{2}-\\d{2}")) {
      signedDate = page.signedDate();
      taken.add("signedDate");
    }
    if (taken.isEmpty()) {
      return new Filled(m, null);
    }
    DocMetadata filled = new DocMetadata(m.issuerMark(), issuers, docNumber, title, m.enclosedTitle(),
        m.recipients(), m.signatory(), signedDate, m.note(), m.attachments(), m.cc(), m.printedBy(),
        m.printedDate(), m.security(), m.urgency(), m.copyNumber(), m.signer());
    return new Filled(filled, WARNING_PREFIX + String.join(", ", taken) + " taken from the web page's 信息公开 box");
  }
}
