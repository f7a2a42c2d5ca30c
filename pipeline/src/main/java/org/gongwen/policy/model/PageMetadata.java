package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The 信息公开 box of a government web page (the table above the text: 索引号, 主题分类, 发文机关,
 * 成文日期, 标题, 发文字号, 发布日期), as the page prints it; a field the page lacks is null. Written as
 * {@code source.pageMetadata}, only for pages that have such a box. Metadata fields the document's own text
 * does not give are taken from here (each such field is named in a {@code page-metadata:} warning).
 *
 * @param indexNumber 索引号
 * @param subject 主题分类 (or 分类)
 * @param issuer 发文机关 (or 发布机构)
 * @param signedDate 成文日期, ISO {@code yyyy-MM-dd} when it reads as a date, else as printed
 * @param title 标题 (or 名称)
 * @param docNumber 发文字号 (or 文号)
 * @param publishedDate 发布日期, ISO when it reads as a date
 */
public record PageMetadata(
    String indexNumber, String subject, String issuer, String signedDate, String title, String docNumber,
    String publishedDate) {

  /** Whether no field is set. */
  @JsonIgnore
  public boolean isEmpty() {
    return indexNumber == null && subject == null && issuer == null && signedDate == null && title == null
        && docNumber == null && publishedDate == null;
  }
}
