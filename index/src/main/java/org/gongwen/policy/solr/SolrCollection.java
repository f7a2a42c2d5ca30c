package org.gongwen.policy.solr;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A Solr collection by its URL, as given on the command line: {@code http://host:8983/solr/policy} is the
 * collection {@code policy} of the Solr at {@code http://host:8983/solr}.
 *
 * @param base the Solr root, without a trailing slash ({@code http://host:8983/solr})
 * @param name the collection
 */
public record SolrCollection(String base, String name) {

  public SolrCollection {
    if (base == null || base.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("Solr collection needs a base URL and a name, got [" + base + "] ["
          + name + "]");
    }
  }

  /**
   * Parses {@code URL/COLLECTION}.
   *
   * @throws IllegalArgumentException naming the text when it is no http(s) URL with a collection as last part
   */
  public static SolrCollection parse(String url) {
    String u = url == null ? "" : url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("--solr [" + url + "]: expected http(s)://HOST:PORT/solr/COLLECTION");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--solr [" + url + "]: not a URL (" + e.getReason()
          + "): expected http(s)://HOST:PORT/solr/COLLECTION");
    }
    int slash = u.lastIndexOf('/');
    String name = u.substring(slash + 1);
    String base = u.substring(0, slash);
    if (name.isEmpty() || base.endsWith(":/") || base.endsWith(":")) {
      throw new IllegalArgumentException("--solr [" + url + "]: no collection: expected http(s)://HOST:PORT/solr/COLLECTION");
    }
    return new SolrCollection(base, name);
  }

  /** The URL of a handler of the collection, e.g. {@code update} or {@code query}. */
  public URI handler(String path) {
    return URI.create(base + "/" + name + "/" + path);
  }

  @Override
  public String toString() {
    return base + "/" + name;
  }
}
