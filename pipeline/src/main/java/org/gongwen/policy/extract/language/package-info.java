/**
 * Chinese word segmentation where patterns run out (HanLP portable, its Viterbi segmenter with part-of-
 * speech tags). {@link org.gongwen.policy.extract.language.ChineseSegmenter} takes a per-document
 * dictionary of unit names gathered from the document's own unit clauses and cells, so names such as
 * 区投资促进服务中心 come out as one word; HanLP's global CustomDictionary is never touched.
 *
 * <p>HanLP loads its core dictionary (about 1 s) the first time any segmenter is used in a JVM; a
 * batch run pays that once.
 */
package org.gongwen.policy.extract.language;
