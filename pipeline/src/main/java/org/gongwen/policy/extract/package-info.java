/**
 * Extraction steps: {@link org.gongwen.policy.structure.Outline} in, model records out. Sub-packages
 * own one part of the spec each (metadata §2, tasks §4, targets §5). This package holds the small
 * parsers more than one step needs ({@link org.gongwen.policy.extract.NameListParser}).
 */
package org.gongwen.policy.extract;
