package org.gongwen.policy.solrlocal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.search.LoadBench;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SyntheticCorpus;
import org.gongwen.policy.solr.SolrCollection;
import org.gongwen.policy.solr.SolrIndexer;
import org.gongwen.policy.solr.SolrSearcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code SolrLoadBench PATH... [--solr URL | --dir DIR]}: the embedded load bench ({@code policy bench load}) against
 * Solr. The .txt notices under PATH are extracted and recombined into a synthetic corpus
 * ({@link SyntheticCorpus}, the same as the embedded bench), indexed into the collection through
 * {@link SolrIndexer} (entries per second, commit included), then the researcher query kinds of
 * {@link LoadBench#researcherKinds()} (the comparison excepted) run through {@link SolrSearcher}: p50 and p99 in
 * milliseconds, client-side, HTTP included. Without {@code --solr} a local two-node, two-shard SolrCloud is
 * started in {@code --dir}.
 */
@Command(name = "solr-bench", mixinStandardHelpOptions = true,
    description = "Index a synthetic corpus into Solr and time the researcher queries (p50/p99).")
public final class SolrLoadBench implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders of .txt notices to recombine (e.g. seeds samples/mini).")
  private List<Path> paths;

  @Option(names = "--solr", paramLabel = "URL/COLLECTION", description = "An existing, empty collection.")
  private String solr;

  @Option(names = "--dir", paramLabel = "DIR", description = "Data directory of the local SolrCloud started when no --solr.")
  private Path dir;

  @Option(names = "--targets", defaultValue = "20000", paramLabel = "N", description = "Synthetic targets at least (default: ${DEFAULT-VALUE}).")
  private int targets;

  @Option(names = "--runs", defaultValue = "200", paramLabel = "N", description = "Timed runs per query kind (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--warmup", defaultValue = "50", paramLabel = "N", description = "Untimed runs per kind first (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--batch", defaultValue = "50", paramLabel = "N", description = "Policies per update request (default: ${DEFAULT-VALUE}).")
  private int batch;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    if ((solr == null) == (dir == null)) {
      System.err.println("give one of --solr URL/COLLECTION or --dir DIR");
      return 2;
    }
    List<PolicyDocument> bases = extract(paths);
    List<PolicyDocument> corpus = new SyntheticCorpus(bases, 42).generate(targets);
    long entries = corpus.stream().mapToLong(d -> 1 + d.tasks().size() + d.targets().size()).sum();
    LocalSolrCloud cloud = null;
    try {
      if (solr == null) {
        cloud = LocalSolrCloud.start(0, dir, Path.of("scale", "solr", "configsets", "policy"), "policy", 2, 2);
      }
      SolrCollection collection = SolrCollection.parse(solr != null ? solr : cloud.collectionUrl());
      out.printf(Locale.ROOT, "%d base documents -> %d synthetic documents, %d entries; collection %s; %d cores%n",
          bases.size(), corpus.size(), entries, collection, Runtime.getRuntime().availableProcessors());
      long t0 = System.nanoTime();
      try (SolrIndexer indexer = SolrIndexer.open(collection, true, batch)) {
        for (PolicyDocument d : corpus) {
          indexer.add(d);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "indexed in %.1f s: %.1f policies/s, %.0f entries/s (batches of %d policies, commit included)%n",
          seconds, corpus.size() / seconds, entries / seconds, batch);
      out.printf(Locale.ROOT, "%-26s %6s %8s %8s %8s %10s%n", "query kind", "runs", "p50 ms", "p99 ms", "max ms", "mean hits");
      try (SolrSearcher searcher = SolrSearcher.open(collection)) {
        List<LoadBench.Kind> kinds = LoadBench.researcherKinds().stream().filter(k -> !k.compare()).toList();
        for (LoadBench.Kind k : kinds) {
          for (int i = 0; i < warmup; i++) {
            searcher.query(k.request().apply(i));
          }
        }
        for (LoadBench.Kind k : kinds) {
          double[] ms = new double[runs];
          long totals = 0;
          for (int i = 0; i < runs; i++) {
            SearchRequest r = k.request().apply(warmup + i);
            long s = System.nanoTime();
            totals += searcher.query(r).total();
            ms[i] = (System.nanoTime() - s) / 1e6;
          }
          Arrays.sort(ms);
          out.printf(Locale.ROOT, "%-26s %6d %8.2f %8.2f %8.2f %10.0f%n", k.name(), runs, rank(ms, 0.50), rank(ms, 0.99),
              ms[ms.length - 1], (double) totals / runs);
        }
      }
      return 0;
    } finally {
      if (cloud != null) {
        cloud.close();
      }
    }
  }

  private static double rank(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static List<PolicyDocument> extract(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      try (Stream<Path> s = Files.walk(p)) {
        files.addAll(s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList());
      }
    }
    PolicyPipeline pipeline = PolicyPipeline.standard();
    List<PolicyDocument> docs = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(pipeline.process(f, true));
      } catch (InputException e) {
        System.err.println(e.getMessage());
      }
    }
    return docs;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SolrLoadBench()).execute(args));
  }
}
