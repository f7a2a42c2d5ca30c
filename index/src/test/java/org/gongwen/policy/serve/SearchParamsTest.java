package org.gongwen.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.policy.search.SearchRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Query parameters to search requests, case table {@code search-params.tsv}: the request, or the 400's message. */
class SearchParamsTest {

  record Case(String params, String expected) {
    @Override
    public String toString() {
      return params;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = SearchParamsTest.class.getResourceAsStream("search-params.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Case(f[0], f[1]));
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parametersGiveTheRequestOrA400(Case c) {
    Map<String, String> params = new HashMap<>();
    for (String kv : c.params().split("&(?=[a-z]+=)")) {
      int eq = kv.indexOf('=');
      params.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    if (c.expected().startsWith("error: ")) {
      ApiException e = assertThrows(ApiException.class, () -> SearchParams.parse(params::get, 10));
      assertEquals(400, e.status());
      assertTrue(e.getMessage().contains(c.expected().substring(7)), e.getMessage());
      return;
    }
    SearchRequest r = SearchParams.parse(params::get, 10);
    String got = r.query() + " | " + r.filters().asMap() + " | " + r.sort().code() + " " + r.offset() + " " + r.limit() + " "
        + r.facets();
    assertEquals(c.expected().strip(), got.strip());
  }
}
