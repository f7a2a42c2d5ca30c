package org.gongwen.policy.solrlocal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on this machine: an embedded ZooKeeper and {@code nodes} Jetty Solr nodes in this JVM
 * (Solr's {@link MiniSolrCloudCluster}), the policy configset uploaded, and a collection of {@code shards}
 * shards (one replica each) created from it. Node {@code i} listens on {@code port + i}; port 0 lets each
 * node take a free port. {@link #close()} stops the nodes and ZooKeeper; the data stays in the directory.
 */
public final class LocalSolrCloud implements Closeable {

  /** The name of the configset in ZooKeeper. */
  public static final String CONFIG = "policy";

  private final MiniSolrCloudCluster cluster;
  private final String collection;

  private LocalSolrCloud(MiniSolrCloudCluster cluster, String collection) {
    this.cluster = cluster;
    this.collection = collection;
  }

  /**
   * Starts the cluster and creates the collection.
   *
   * @param configset the configset folder ({@code scale/solr/configsets/policy})
   * @throws IOException when the configset is missing, a port is taken, or the collection cannot be created;
   *     the message says which
   */
  public static LocalSolrCloud start(int port, Path dir, Path configset, String collection, int nodes, int shards)
      throws IOException {
    if (!Files.isRegularFile(configset.resolve("solrconfig.xml"))) {
      throw new IOException("[" + configset + "] is no Solr configset: no solrconfig.xml");
    }
    if (nodes < 1 || shards < 1) {
      throw new IllegalArgumentException("nodes and shards must be at least 1: " + nodes + ", " + shards);
    }
    // Solr's own checks that a test framework would set up
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    System.setProperty("solr.allowPaths", "*");
    System.setProperty("solr.disableConfigSetsCreateAuthChecks", "true");
    MiniSolrCloudCluster cluster = null;
    try {
      Files.createDirectories(dir);
      cluster = new MiniSolrCloudCluster.Builder(port == 0 ? nodes : 1, dir)
          .withJettyConfig(b -> b.setPort(port))
          .addConfig(CONFIG, configset)
          .build();
      for (int i = 1; port != 0 && i < nodes; i++) {
        cluster.startJettySolrRunner("node" + (i + 1), "/solr",
            JettyConfig.builder().setPort(port + i).build());
      }
      cluster.waitForAllNodes(60);
      CollectionAdminRequest.createCollection(collection, CONFIG, shards, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, shards, shards);
      return new LocalSolrCloud(cluster, collection);
    } catch (Exception e) {
      if (cluster != null) {
        try {
          cluster.shutdown();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new IOException("[" + dir + "] cannot start a local SolrCloud on port " + port + ": " + e, e);
    }
  }

  /** The URLs of the nodes' Solr roots ({@code http://127.0.0.1:8983/solr}). */
  public List<String> nodeUrls() {
    return cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
  }

  /** The collection's URL on the first node, as {@code --solr} takes it. */
  public String collectionUrl() {
    JettySolrRunner first = cluster.getJettySolrRunners().get(0);
    return first.getBaseUrl() + "/" + collection;
  }

  /** The ZooKeeper address ({@code 127.0.0.1:PORT/solr}). */
  public String zkAddress() {
    return cluster.getZkServer().getZkAddress();
  }

  @Override
  public void close() throws IOException {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      throw new IOException("cannot stop the local SolrCloud: " + e, e);
    }
  }
}
