package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongwen.policy.index.Analyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit aliases, partial issuers and region facets over the real seeds. */
class VocabularySearchTest {

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

  private static SearchResult ask(String query) throws IOException {
    return searcher.query(SearchRequest.parse(query).withLimit(SearchRequest.MAX_LIMIT).withFacets(true));
  }

  private static Set<String> keys(SearchResult r) {
    Set<String> keys = new HashSet<>();
    r.hits().forEach(h -> keys.add(h.type() + "/" + h.file() + "/" + h.ordinal()));
    return keys;
  }

  @Test
  void shortAndFullUnitNamesAreOneUnit() throws IOException {
    SearchResult printed = ask("type:task lead:区科技局");
    SearchResult full = ask("type:task lead:区科学技术局");
    assertTrue(printed.total() > 0);
    assertEquals(keys(printed), keys(full));
    // the printed name is kept on the hits
    assertTrue(full.hits().get(0).units().contains("*区科技局"), full.hits().get(0).units().toString());
    // facets count under the canonical key
    List<FacetCount> leads = full.facets().get("leadUnit");
    assertTrue(leads.stream().anyMatch(c -> c.value().equals("区科学技术局")), leads.toString());
    assertTrue(leads.stream().noneMatch(c -> c.value().equals("区科技局")), leads.toString());
  }

  @Test
  void issuerMatchesPartOfTheOrganName() throws IOException {
    SearchResult exact = ask("type:document issuer:温州市鹿城区人民政府");
    assertEquals(1, exact.total());
    assertEquals(keys(exact), keys(ask("type:document issuer:鹿城区")));
    assertEquals(2, ask("type:document issuer:温州市").total(), "both seeds are issued in 温州市");
    assertEquals(0, ask("type:document issuer:德清县").total());
  }

  @Test
  void regionFacetsComeFromTheIssuers() throws IOException {
    SearchResult r = ask("type:document");
    assertEquals(List.of(new FacetCount("浙江省", 2)), r.facets().get("province"));
    assertEquals(List.of(new FacetCount("温州市", 2)), r.facets().get("city"));
    assertEquals(List.of(new FacetCount("鹿城区", 1)), r.facets().get("county"));
  }
}
