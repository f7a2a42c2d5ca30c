package org.gongwen.policy.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --solr URL/COLLECTION}: base and collection, or the rule that rejects the text. */
class SolrCollectionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "http://localhost:8983/solr/policy|http://localhost:8983/solr|policy",
      "http://localhost:8983/solr/policy/|http://localhost:8983/solr|policy",
      "https://search.example.gov.cn/solr/notices_2024|https://search.example.gov.cn/solr|notices_2024",
      "http://10.0.0.5:8983/policy|http://10.0.0.5:8983|policy"})
  void parses(String url, String base, String name) {
    SolrCollection c = SolrCollection.parse(url);
    assertEquals(base, c.base());
    assertEquals(name, c.name());
    assertEquals(base + "/" + name + "/select", c.handler("select").toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "localhost:8983/solr/policy|expected http(s)",
      "ftp://host/solr/policy|expected http(s)",
      "http://localhost:8983|no collection",
      "http://|expected http(s)"})
  void rejects(String url, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrCollection.parse(url));
    assertTrue(e.getMessage().contains(message) && e.getMessage().contains(url), e.getMessage());
  }

  @Test
  void unreachableSolrIsATypedErrorNamingTheCollection() {
    // port 9 (discard) is closed on a test machine: the connection is refused at once
    SolrCollection c = SolrCollection.parse("http://127.0.0.1:9/solr/policy");
    try (SolrSearcher s = SolrSearcher.open(c)) {
      SolrRequestException e = assertThrows(SolrRequestException.class,
          () -> s.query(org.gongwen.policy.search.SearchRequest.parse("人才")));
      assertTrue(e.getMessage().startsWith("[http://127.0.0.1:9/solr/policy] POST /select"), e.getMessage());
      assertEquals(0, e.status());
    }
  }
}
