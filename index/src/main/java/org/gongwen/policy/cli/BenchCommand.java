package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongwen.policy.batch.InputWalk;
import org.gongwen.policy.bench.IndexCostBench;
import org.gongwen.policy.bench.ThroughputBench;
import org.gongwen.policy.index.Analyzers;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.search.LoadBench;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.RelevanceRun;
import org.gongwen.policy.search.RelevanceSet;
import org.gongwen.policy.search.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench relevance|load|throughput}: the search measurements of docs/search.md and the extraction
 * throughput of README "Performance". Both extract their input files
 * with the standard pipeline (with text) first; that time is not counted. Exit 0, 1 when an input or the
 * index fails, 2 on bad usage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure search quality (relevance), search speed (load) and extraction throughput.",
    subcommands = {BenchCommand.Relevance.class, BenchCommand.Load.class, BenchCommand.Throughput.class})
public final class BenchCommand implements Callable<Integer> {

  @Mixin
  private Verbosity verbosity;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** {@code bench relevance PATH... [--queries FILE] [--analyzers a,b] [--k N] [--detail]}. */
  @Command(name = "relevance", mixinStandardHelpOptions = true,
      description = "Recall@k and MRR of the judged queries, per analyzer, over an index of PATH built in a temp dir.")
  static final class Relevance implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories the judgments refer to.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "FILE", defaultValue = "bench/relevance/queries.tsv",
        description = "Judged queries (default: ${DEFAULT-VALUE}).")
    private Path queries;

    @Option(names = "--analyzers", split = ",", paramLabel = "NAME", description = "Analyzers to compare (default: all).")
    private List<String> analyzers = new ArrayList<>(Analyzers.NAMES);

    @Option(names = "--k", defaultValue = "10", paramLabel = "N", description = "Cut-off (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--detail", description = "List the queries that miss relevant entries.")
    private boolean detail;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path tmp = null;
      try {
        analyzers.forEach(Analyzers::canonical);
        RelevanceSet set = RelevanceSet.load(queries);
        List<PolicyDocument> docs = extract(paths);
        tmp = Files.createTempDirectory("policy-relevance");
        out.printf(Locale.ROOT, "%d queries, %d documents, k=%d%n", set.queries().size(), docs.size(), k);
        for (String analyzer : analyzers) {
          Path dir = tmp.resolve(analyzer);
          try (PolicyIndexer indexer = PolicyIndexer.open(dir, analyzer)) {
            for (PolicyDocument d : docs) {
              indexer.add(d);
            }
          }
          try (PolicySearcher searcher = PolicySearcher.open(dir)) {
            RelevanceRun.Report r = new RelevanceRun(k).run(searcher, set);
            out.printf(Locale.ROOT, "%-8s recall@%d %.3f  MRR %.3f%n", analyzer, k, r.recall(), r.mrr());
            if (detail) {
              for (RelevanceRun.QueryScore s : r.scores()) {
                if (s.recall() < 1) {
                  out.printf(Locale.ROOT, "  line %d [%s] recall %.2f rr %.2f missed %s%n",
                      s.query().line(), s.query().query(), s.recall(), s.reciprocalRank(), s.missed());
                }
              }
            }
          }
        }
        return 0;
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println(e.getMessage());
        return 1;
      } finally {
        deleteQuietly(tmp);
        out.flush();
        err.flush();
      }
    }
  }

  /** {@code bench load PATH... [--targets N,N,...] [--runs N] [--warmup N] [--analyzer NAME] [--index DIR]}. */
  @Command(name = "load", mixinStandardHelpOptions = true,
      description = "Recombine the extracted PATH documents into a corpus that grows through the --targets stages, "
          + "index it (a snapshot per stage), then time each query kind on every stage in this process.")
  static final class Load implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Base documents (e.g. seeds).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--targets", split = ",", defaultValue = "100000", paramLabel = "N",
        description = "Stages: least targets of each index, comma-separated, e.g. 100000,300000,1000000 (default: ${DEFAULT-VALUE}).")
    private List<Integer> targets = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "500", paramLabel = "N", description = "Timed runs per query kind and stage (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmup", defaultValue = "200", paramLabel = "N", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--analyzer", defaultValue = Analyzers.NAME, paramLabel = "NAME", description = "Analyzer (default: ${DEFAULT-VALUE}).")
    private String analyzer;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Recombination seed.")
    private long seed;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
        description = "Threads adding variants when the stages are built (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--count-all", description = "Also time every kind counting all matches (no early termination).")
    private boolean countAll;

    @Option(names = "--with-text", description = "Search the documents' full text (as index --with-text; else their outline).")
    private boolean withText;

    @Option(names = "--compare-with", paramLabel = "TUNING",
        description = "Also time every kind with searchers of this tuning, alternating run by run with the standard ones: "
            + "'before' (one thread, page and facets in two passes, Lucene's facet counts, all stored fields of a hit, issuer wildcard) or "
            + "threads=N,onepass=true|false,owncounts=true|false,lean=true|false.")
    private String compareWith;

    @Option(names = "--kinds", split = ",", paramLabel = "PREFIX",
        description = "Time only the query kinds whose name starts with one of these (default: all), e.g. broad,issuer.")
    private List<String> kinds = new ArrayList<>();

    @Option(names = {"--index", "--keep"}, paramLabel = "DIR",
        description = "Keep the stage indexes here; a DIR that holds them all is reused, not indexed again.")
    private Path keep;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path tmp = null;
      try {
        Analyzers.canonical(analyzer);
        LoadBench bench = new LoadBench(runs, warmup, threads);
        List<PolicyDocument> bases = extract(paths);
        SyntheticCorpus corpus = new SyntheticCorpus(bases, seed);
        Path root = keep;
        if (root == null) {
          tmp = Files.createTempDirectory("policy-load");
          root = tmp;
        }
        out.printf(Locale.ROOT, "%d base documents; analyzer %s, %s; %d cores, max heap %d MB; stages %s%n",
            bases.size(), analyzer, withText ? "full text" : "outline", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
            targets);
        out.flush();
        List<LoadBench.Stage> stages = bench.prepare(root, analyzer, withText, corpus, targets);
        List<LoadBench.Kind> timed = LoadBench.researcherKinds().stream()
            .filter(k -> kinds.isEmpty() || kinds.stream().anyMatch(p -> k.name().startsWith(p))).toList();
        if (timed.isEmpty()) {
          throw new IllegalArgumentException("no query kind starts with " + kinds + ": "
              + LoadBench.researcherKinds().stream().map(LoadBench.Kind::name).toList());
        }
        LoadBench.Result r = bench.run(stages, timed, countAll, compareWith);
        LoadBench.describe(r).forEach(out::println);
        return 0;
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println(e.getMessage());
        return 1;
      } finally {
        deleteQuietly(tmp);
        out.flush();
        err.flush();
      }
    }
  }

  /** {@code bench throughput PATH... [--rounds N] [--warmup N] [--index [--with-text]] [--json]}. */
  @Command(name = "throughput", mixinStandardHelpOptions = true,
      description = "Pipeline vs its baseline (HanLP segmentation for text formats, PDFTextStripper for PDF) in "
          + "interleaved rounds in this JVM, one thread: ms/doc, CPU ms/doc, ratios, peak heap. With --index: "
          + "extraction + index into a fresh temporary index vs extraction alone, same files, interleaved rounds.")
  static final class Throughput implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (e.g. seeds, samples/*.pdf).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "7", paramLabel = "N", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Option(names = "--index", description = "Measure extraction + adding to an index against extraction alone "
        + "(the cost per document of a bulk index run, fixed costs of the JVM left out).")
    private boolean index;

    @Option(names = "--with-text", description = "With --index: analyze the full text, as index --with-text (else the outline).")
    private boolean withText;

    @Option(names = "--analyzer", defaultValue = Analyzers.NAME, paramLabel = "NAME",
        description = "With --index: analyzer of the temporary indexes, one of smartcn, cjk, hanlp (default: ${DEFAULT-VALUE}).")
    private String analyzer;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        if (index) {
          return indexCost(out);
        }
        ThroughputBench.Result r = new ThroughputBench(PolicyPipeline.standard(), rounds, warmup).run(files(paths));
        if (json) {
          out.println(new PolicyJson().toPrettyJson(r));
        } else {
          out.printf(Locale.ROOT, "%d cores, %d warm-up + %d timed rounds, medians; peak heap %d MB%n",
              r.cores(), r.warmup(), r.rounds(), r.peakHeapMb());
          for (ThroughputBench.Group g : r.groups()) {
            out.printf(Locale.ROOT,
                "%-5s %3d files: pipeline %.1f ms/doc (CPU %.1f), baseline %.1f ms/doc (CPU %.1f), ratio %.2fx (CPU %.2fx); baseline = %s%n",
                g.name(), g.files(), g.pipelineMs(), g.pipelineCpuMs(), g.baselineMs(), g.baselineCpuMs(),
                g.ratio(), g.cpuRatio(), g.baseline());
          }
        }
        return 0;
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      } catch (IOException | InputException | IllegalStateException e) {
        err.println(e.getMessage());
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    private int indexCost(PrintWriter out) throws IOException {
      Path scratch = Files.createTempDirectory("policy-bench-index");
      try {
        IndexCostBench.Result r = new IndexCostBench(PolicyPipeline.standard(), rounds, warmup, withText, analyzer)
            .run(files(paths), scratch);
        if (json) {
          out.println(new PolicyJson().toPrettyJson(r));
          return 0;
        }
        out.printf(Locale.ROOT, "%d cores, %d warm-up + %d timed rounds, medians; %d files, %d entries (%s, analyzer %s)%n",
            r.cores(), r.warmup(), r.rounds(), r.files(), r.entries(), withText ? "full text" : "outline",
            Analyzers.canonical(analyzer));
        out.printf(Locale.ROOT, "extract          %.1f ms/doc, CPU %.1f (thread) %.1f (process)%n",
            r.extractMs(), r.extractCpuMs(), r.extractProcessCpuMs());
        out.printf(Locale.ROOT, "extract + index  %.1f ms/doc, CPU %.1f (thread) %.1f (process); adding alone %.1f CPU%n",
            r.indexMs(), r.indexCpuMs(), r.indexProcessCpuMs(), r.addCpuMs());
        out.printf(Locale.ROOT, "ratio            CPU %.2fx (thread), %.2fx (process)%n", r.cpuRatio(),
            r.processCpuRatio());
        return 0;
      } finally {
        deleteQuietly(scratch);
      }
    }
  }

  /** Every input file under the paths, in walk order; skipped entries are left out, a failed one is an error. */
  static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    InputWalk walk = new InputWalk(paths);
    while (walk.hasNext()) {
      InputWalk.Item item = walk.next();
      if (item.error() != null) {
        throw new IOException(item.message());
      }
      if (item.isInput()) {
        files.add(item.file());
      }
    }
    return files;
  }

  /** Every file under the paths, extracted with text, in path order. */
  static List<PolicyDocument> extract(List<Path> paths) throws IOException {
    PolicyPipeline pipeline = PolicyPipeline.standard();
    List<PolicyDocument> docs = new ArrayList<>();
    for (Path file : files(paths)) {
      try {
        docs.add(pipeline.process(file, true));
      } catch (InputException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    if (docs.isEmpty()) {
      throw new IOException("no input files under " + paths);
    }
    return docs;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp dir left behind is no failure of the measurement
    }
  }
}
