package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.gongwen.policy.index.Analyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AND / OR / NOT / ( ) / "phrase" over the real seeds, checked as set algebra of the parts' hits. */
class BooleanSearchTest {

  @TempDir
  static Path dir;

  private static PolicySearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    SeedIndex.write(dir, Analyzers.NAME, SeedIndex.seeds());
    searcher = PolicySearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static Set<String> hits(String query) throws IOException {
    SearchResult r = searcher.query(SearchRequest.parse(query).withLimit(SearchRequest.MAX_LIMIT));
    Set<String> keys = new HashSet<>();
    for (SearchHit h : r.hits()) {
      keys.add(h.type() + "/" + h.file() + "/" + h.ordinal());
    }
    assertEquals(r.total(), keys.size(), query);
    return keys;
  }

  @Test
  void andIsTheIntersectionAndEqualsWordsSideBySide() throws IOException {
    Set<String> a = hits("数字经济");
    Set<String> b = hits("人才");
    Set<String> both = hits("数字经济 AND 人才");
    Set<String> expected = new HashSet<>(a);
    expected.retainAll(b);
    assertTrue(!both.isEmpty(), "数字经济 AND 人才 finds the entries that name both");
    assertEquals(expected, both);
    assertEquals(both, hits("数字经济 人才"));
    assertEquals(both, hits("数字经济 && 人才"));
  }

  @Test
  void orIsTheUnion() throws IOException {
    Set<String> union = new HashSet<>(hits("人才"));
    union.addAll(hits("数字经济"));
    assertEquals(union, hits("人才 OR 数字经济"));
    assertTrue(union.size() > hits("人才").size());
  }

  @Test
  void notAndMinusSubtract() throws IOException {
    Set<String> expected = new HashSet<>(hits("人才"));
    expected.removeAll(hits("引进"));
    assertTrue(!expected.isEmpty() && expected.size() < hits("人才").size());
    assertEquals(expected, hits("人才 NOT 引进"));
    assertEquals(expected, hits("人才 -引进"));
  }

  @Test
  void groupsAndFiltersCombine() throws IOException {
    Set<String> grouped = hits("(人才 OR 数字经济) AND 企业 type:task");
    Set<String> expected = new HashSet<>(hits("人才 企业 type:task"));
    expected.addAll(hits("数字经济 企业 type:task"));
    assertEquals(expected, grouped);
    assertTrue(grouped.stream().allMatch(k -> k.startsWith("task/")));
  }

  @Test
  void aQuotedPhraseNeedsItsWordsAdjacent() throws IOException {
    Set<String> phrase = hits("\"科技 企业\"");
    Set<String> words = hits("科技 企业");
    assertTrue(words.containsAll(phrase));
    assertTrue(phrase.size() < words.size(), phrase.size() + " vs " + words.size());
  }
}
