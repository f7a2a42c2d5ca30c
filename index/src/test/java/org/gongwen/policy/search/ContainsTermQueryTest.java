package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A term contains the text exactly when the wildcard {@code *text*} (specials escaped) matches it: case
 * table {@code contains-term-cases.tsv}, each row also checked against Lucene's wildcard automaton.
 */
class ContainsTermQueryTest {

  static List<Arguments> cases() throws IOException {
    return SearchVocabularyTest.table("contains-term-cases.tsv");
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @MethodSource("cases")
  void containsAsTheWildcardMatches(String term, String text, String expected) {
    boolean contained = new ContainsTermQuery("issuer", text).contains(new BytesRef(term));
    assertEquals("yes".equals(expected), contained);
    String escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    BytesRef bytes = new BytesRef(term);
    boolean wildcard = new ByteRunAutomaton(WildcardQuery.toAutomaton(new Term("issuer", "*" + escaped + "*")))
        .run(bytes.bytes, bytes.offset, bytes.length);
    assertEquals(wildcard, contained, "same as the wildcard");
  }

  @Test
  void aTermInsideALargerArrayIsReadFromItsOffset() {
    byte[] all = "鹿城区XX温州".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    BytesRef tail = new BytesRef(all, 9, all.length - 9); // "XX温州"
    assertEquals(false, new ContainsTermQuery("issuer", "鹿城").contains(tail));
    assertEquals(true, new ContainsTermQuery("issuer", "X温").contains(tail));
  }

  @Test
  void equalByFieldAndText() {
    assertEquals(new ContainsTermQuery("issuer", "鹿城区"), new ContainsTermQuery("issuer", "鹿城区"));
    assertEquals(new ContainsTermQuery("issuer", "鹿城区").hashCode(), new ContainsTermQuery("issuer", "鹿城区").hashCode());
    assertNotEquals(new ContainsTermQuery("issuer", "鹿城区"), new ContainsTermQuery("issuer", "龙湾区"));
    assertNotEquals(new ContainsTermQuery("issuer", "鹿城区"), new ContainsTermQuery("unit", "鹿城区"));
    assertEquals("issuer:*鹿城区*", new ContainsTermQuery("issuer", "鹿城区").toString());
    assertThrows(IllegalArgumentException.class, () -> new ContainsTermQuery("issuer", ""));
  }
}
