package org.gongwen.policy.solrlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code solr-local --port 8983 --dir DIR}: starts a local SolrCloud ({@link LocalSolrCloud}: ZooKeeper and two
 * nodes, ports PORT and PORT+1) with the policy configset and a collection, prints the URL to give
 * {@code policy index --solr} and {@code policy search --solr}, and runs until interrupted (Ctrl-C stops the
 * nodes). Exit 1 when the cluster cannot start.
 */
@Command(name = "solr-local", mixinStandardHelpOptions = true,
    description = "Start a local SolrCloud (embedded ZooKeeper, 2 nodes) with the policy collection; Ctrl-C stops it.")
public final class SolrLocalCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8983", paramLabel = "PORT",
      description = "Port of the first node; node i listens on PORT+i (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Data directory of ZooKeeper and the nodes.")
  private Path dir;

  @Option(names = "--configset", paramLabel = "DIR", defaultValue = "scale/solr/configsets/policy",
      description = "The configset folder (default: ${DEFAULT-VALUE}, relative to the checkout).")
  private Path configset;

  @Option(names = "--collection", defaultValue = "policy", paramLabel = "NAME", description = "Collection name (default: ${DEFAULT-VALUE}).")
  private String collection;

  @Option(names = "--nodes", defaultValue = "2", paramLabel = "N", description = "Solr nodes (default: ${DEFAULT-VALUE}).")
  private int nodes;

  @Option(names = "--shards", defaultValue = "2", paramLabel = "N", description = "Shards of the collection (default: ${DEFAULT-VALUE}).")
  private int shards;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(configset)) {
      System.err.println("[" + configset + "] no configset there: give --configset scale/solr/configsets/policy");
      return 1;
    }
    LocalSolrCloud cloud;
    try {
      cloud = LocalSolrCloud.start(port, dir, configset, collection, nodes, shards);
    } catch (java.io.IOException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cloud.close();
      } catch (java.io.IOException e) {
        System.err.println(e.getMessage());
      }
      stopped.countDown();
    }));
    System.out.println("SolrCloud up: zookeeper " + cloud.zkAddress() + ", nodes " + cloud.nodeUrls());
    System.out.println("collection: " + cloud.collectionUrl() + " (" + shards + " shards)");
    System.out.println("  java -jar index/target/policy.jar index --solr " + cloud.collectionUrl() + " seeds");
    System.out.println("  java -jar index/target/policy.jar search --solr " + cloud.collectionUrl() + " 高新技术企业 --facets");
    System.out.flush();
    stopped.await();
    return 0;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new SolrLocalCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
