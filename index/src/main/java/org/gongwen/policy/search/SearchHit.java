package org.gongwen.policy.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * One ranked entry. Fields that do not apply to the hit's type are null (and left out of JSON).
 *
 * @param type {@code document}, {@code task} or {@code target}
 * @param score relevance; constant when the request had no text
 * @param docId the policy id
 * @param file the policy's source file
 * @param policyTitle the policy's title (else enclosed title, else file)
 * @param issuers the policy's issuing organs
 * @param docNumber document: 发文字号
 * @param signedDate document: 成文日期
 * @param ordinal task, target: position in the policy's task or target list (0-based); document: 0
 * @param number task: numeral as printed
 * @param title task: title
 * @param section task: section heading
 * @param units task (and target of a task): responsible units, lead ones prefixed with {@code *}
 * @param indicator target: what is measured
 * @param value target: value in the base unit
 * @param unit target: measure word (家, %…), null when the text gives none
 * @param year target: due year
 * @param comparator target: {@code >=}, {@code <=}, {@code ~}, {@code =}
 * @param kind target: level, increase, growth, share, annual
 * @param scope target: area or body the target is for
 * @param raw target: the evidence as printed
 * @param evidence target: the sentence around the target, else raw
 * @param highlight target: the evidence; task, document: the title; with the query's words marked;
 *     null when no query word is in it
 * @param item compact JSON of the indexed item (task, target, or document summary)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "score", "docId", "file", "policyTitle", "issuers"})
public record SearchHit(
    String type,
    float score,
    String docId,
    String file,
    String policyTitle,
    List<String> issuers,
    String docNumber,
    String signedDate,
    Integer ordinal,
    String number,
    String title,
    String section,
    List<String> units,
    String indicator,
    @JsonSerialize(using = PlainNumber.Serializer.class) Double value,
    String unit,
    Integer year,
    String comparator,
    String kind,
    String scope,
    String raw,
    String evidence,
    Highlight highlight,
    @JsonRawValue String item) {

  public SearchHit {
    units = units == null ? null : List.copyOf(units);
    issuers = issuers == null ? null : List.copyOf(issuers);
  }

  /** Where the hit comes from, for display: the policy title, else the file. */
  public String documentLabel() {
    return policyTitle != null && !policyTitle.isBlank() ? policyTitle : file;
  }
}
