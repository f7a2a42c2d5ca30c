package org.gongwen.policy.batch;

/**
 * What makes two files the same notice republished: the same 发文字号 and the same title (brackets of
 * the number already normalized to 〔〕 by extraction; white space ignored). Files without a 发文字号 are
 * never merged this way: untitled or unnumbered texts are too often different documents.
 */
final class NoticeKey {

  private NoticeKey() {}

  /** The key, or null when the number or the title is missing. */
  static String of(String docNumber, String title) {
    if (docNumber == null || title == null || docNumber.isBlank() || title.isBlank()) {
      return null;
    }
    return docNumber.replaceAll("\\s+", "") + "|" + title.replaceAll("\\s+", "");
  }
}
