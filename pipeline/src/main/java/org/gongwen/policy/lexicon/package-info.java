/**
 * The lexicon: every word list the extraction steps use (comparators, goal and increase verbs, benefit and
 * condition words, unit labels and lead conventions, organ suffixes, document types, heading markers, page
 * furniture …), as resource files of this package. {@link org.gongwen.policy.lexicon.Lexicon} loads them
 * once in the composition root ({@code PolicyPipeline}); steps receive it and keep the lists they need.
 * Code holds no word lists of its own ({@code WordListsInLexiconTest} checks it). Lists are grouped by
 * area ({@code metadata/}, {@code structure/}, {@code ingest/}, {@code task/}, {@code target/},
 * {@code search/}); {@code docs/lexicon.md} lists them and says how to add a word. The standard lexicon is
 * read once per JVM, by {@code ListFiles} straight from the jar or class folder of this package.
 */
package org.gongwen.policy.lexicon;
