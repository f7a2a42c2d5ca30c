package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --solr} on index and search without a Solr: exactly one of {@code --index} and {@code --solr}, a bad URL
 * is a usage error, an unreachable Solr exits 1 naming the collection. (Against a real SolrCloud:
 * scale-solr's SolrParityTest.)
 */
class SolrOptionTest {

  private static final String DOWN = "http://127.0.0.1:9/solr/policy";

  @TempDir
  Path dir;

  @Test
  void searchTakesExactlyOneOfIndexAndSolr() {
    CommandRun both = CommandRun.of(new SearchCommand(), "人才", "--index", dir.toString(), "--solr", DOWN);
    assertEquals(2, both.exit());
    assertTrue(both.err().contains("give one of --index DIR or --solr URL/COLLECTION"), both.err());
    CommandRun none = CommandRun.of(new SearchCommand(), "人才");
    assertEquals(2, none.exit());
  }

  @Test
  void searchWithABadUrlIsAUsageError() {
    CommandRun r = CommandRun.of(new SearchCommand(), "人才", "--solr", "localhost:8983/solr/policy");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("expected http(s)://HOST:PORT/solr/COLLECTION"), r.err());
  }

  @Test
  void searchOfAnUnreachableSolrExitsOneNamingIt() {
    CommandRun r = CommandRun.of(new SearchCommand(), "人才 type:task", "--solr", DOWN, "--json");
    assertEquals(IndexCommand.EXIT_INDEX_UNUSABLE, r.exit());
    assertTrue(r.err().startsWith("[" + DOWN + "] POST /select"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void indexIntoAnUnreachableSolrExitsOneWithTheCount() {
    PolicyPipeline pipeline = PolicyPipeline.standard();
    CommandRun r = CommandRun.of(new IndexCommand(pipeline::process), "../seeds/000_4ed772c9b4959484.txt",
        "--solr", DOWN, "-q", "--threads", "1");
    // the policy is extracted and queued; sending it fails: exit 1, the collection named, the count so far printed
    assertEquals(IndexCommand.EXIT_INDEX_UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.err().startsWith("[" + DOWN + "] POST /update"), r.err());
    assertTrue(r.out().startsWith("1 in = 1 indexed"), r.out());
  }

  @Test
  void indexTakesExactlyOneOfIndexAndSolr() {
    CommandRun r = CommandRun.of(new IndexCommand(), "../seeds", "--index", dir.toString(), "--solr", DOWN);
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("give one of --index DIR or --solr URL/COLLECTION"), r.err());
  }
}
