/**
 * GB/T 9704 metadata (extraction-spec §2): 发文机关标志, 发文字号, 签发人, 份号, 密级, 紧急程度, title and
 * enclosed plan title, 主送, signature and 成文日期, 附注, 附件说明, 抄送, 印发机关 and 印发日期.
 *
 * <p>{@link org.gongwen.policy.extract.metadata.MetadataExtractor} composes four readers, each injected
 * (built in {@code PolicyPipeline.standard}): {@code FrontBlockReader} (版头), {@code TitleReader} (标题 and
 * 主送, with {@code EnclosedTitleRule}), {@code SignatureReader} (署名, 成文日期, 附注) and
 * {@code ClosingBlockReader} (版记 lines the outliner found). {@code OrganNames} is the rule for organ names
 * shared by them. Word lists (organ suffixes, 文种, forward verbs, labels) are the lexicon's
 * {@code metadata/*} lists, read through {@code MetadataWords}.
 *
 * <p>Reads the front lines of the {@link org.gongwen.policy.structure.Outline} up to the first heading, the
 * end of the main text (where an 意见 signs) and the closing block. Dates come out ISO
 * ({@code 2022-06-27}) from Arabic or Chinese numerals.
 */
package org.gongwen.policy.extract.metadata;
