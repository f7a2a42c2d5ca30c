package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.SearchHit;
import org.gongwen.policy.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target's evidence is its sentence whether or not {@code index} was given {@code --with-text}: the
 * sentence is cut from the text when the policy is indexed; the flag decides only whether the full text
 * is searched.
 */
class IndexEvidenceTest {

  private static final String SEED = "../seeds/004_755fdc7e0c8d5ef0.txt";

  @TempDir
  Path dir;

  private List<SearchHit> index(String name, String... flags) throws IOException {
    Path index = dir.resolve(name);
    String[] args = new String[4 + flags.length];
    args[0] = SEED;
    args[1] = "--index";
    args[2] = index.toString();
    args[3] = "--isolation=in-process";
    System.arraycopy(flags, 0, args, 4, flags.length);
    CommandRun run = CommandRun.of(new IndexCommand(), args);
    assertEquals(0, run.exit(), run.err());
    try (PolicySearcher s = PolicySearcher.open(index)) {
      return s.search(SearchRequest.parse("type:target").withLimit(1000).withHighlight(false));
    }
  }

  @Test
  void evidenceIsTheSentenceWithAndWithoutText() throws IOException {
    List<SearchHit> plain = index("plain");
    List<SearchHit> withText = index("text", "--with-text");
    assertFalse(plain.isEmpty());
    assertEquals(withText.size(), plain.size());
    for (int i = 0; i < plain.size(); i++) {
      SearchHit h = plain.get(i);
      assertEquals(withText.get(i).evidence(), h.evidence(), "same evidence either way");
      assertTrue(h.evidence().contains(h.raw()), h.evidence());
    }
    assertTrue(plain.stream().filter(h -> h.evidence().length() > h.raw().length()).count() > plain.size() * 9 / 10,
        "evidence is a sentence, not just the printed span");
  }
}
