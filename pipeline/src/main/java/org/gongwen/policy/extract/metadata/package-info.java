/**
 * GB/T 9704 metadata (extraction-spec §2): 发文机关标志, 发文字号, 签发人, 份号, 密级, 紧急程度, title and
 * enclosed plan title, 主送, signature and 成文日期, 附注, 附件说明, 抄送, 印发机关 and 印发日期.
 *
 * <p>Reads the front lines of the {@link org.gongwen.policy.structure.Outline} up to the first heading and
 * the closing block; never the body. Dates come out ISO ({@code 2022-06-27}) from Arabic or Chinese
 * numerals.
 */
package org.gongwen.policy.extract.metadata;
