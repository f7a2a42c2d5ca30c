/**
 * Extraction steps: {@link org.gongwen.policy.structure.Outline} in, model records out. Sub-packages
 * own one part of the spec each (metadata §2, tasks §4, targets §5). This package holds the small
 * parsers more than one step needs ({@link org.gongwen.policy.extract.NameListParser}) and the searches
 * that keep lexicon lists off the regex engine's per-position cost while giving the regex's answers
 * ({@link org.gongwen.policy.extract.WordAlternation}, {@link org.gongwen.policy.extract.StartCharSearch}).
 */
package org.gongwen.policy.extract;
