package org.gongwen.policy.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.gongwen.policy.search.SyntheticCorpus;

/**
 * A bounded load test of a running {@code policy serve}, loopback only (documented in
 * {@code docs/http-api.md}, not a unit test): {@code clients} threads each send the page's requests one
 * after another, cycling through the researcher query kinds, until {@code seconds} have passed or
 * {@code maxRequests} were sent; prints p50/p90/p99/max per kind and overall, errors (any answer but 200,
 * or no answer) and the machine's load average before and after.
 *
 * <pre>java -cp index/target/policy.jar org.gongwen.policy.serve.HttpLoad http://127.0.0.1:8080 [clients] [seconds] [maxRequests]</pre>
 */
public final class HttpLoad {

  private record Kind(String name, IntFunction<String> path) {}

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The requests of the page for the researcher questions (docs/search.md), varied per run. */
  static List<Kind> kinds() {
    int[] years = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026};
    return List.of(
        new Kind("search text+type+year+facets", i -> "/api/v1/search?q=" + enc("高新技术企业") + "&type=target&year="
            + years[i % years.length] + "&facets=true&limit=20"),
        new Kind("tasks by lead unit + issuer", i -> "/api/v1/search?type=task&lead=" + enc("区科技局") + "&issuer="
            + enc(SyntheticCorpus.issuer(i % 200)) + "&limit=20"),
        new Kind("value filter", i -> "/api/v1/search?q=" + enc("R&D") + "&type=target&measure=" + enc("%") + "&value="
            + enc(">" + (1 + i % 3)) + "&limit=20"),
        new Kind("documents by issuer", i -> "/api/v1/search?type=document&issuer=" + enc(SyntheticCorpus.issuer(i % 200))),
        new Kind("broad text, page 3", i -> "/api/v1/search?q=" + enc("科技 创新") + "&offset=40&limit=20"),
        new Kind("compare (100 rows)", i -> "/api/v1/compare?q=" + enc("技术交易额 year:" + years[i % years.length]) + "&limit=100"));
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: HttpLoad BASE-URL [clients=50] [seconds=60] [maxRequests=1000000]");
      System.exit(2);
    }
    URI base = URI.create(args[0].replaceAll("/+$", ""));
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    long maxRequests = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
    if (clients < 1 || clients > 200 || seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("clients 1..200 and seconds 1..600");
    }
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("loopback only: [" + base.getHost() + "] is not this machine");
    }
    String loadBefore = loadAverage();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    List<Kind> kinds = kinds();
    ConcurrentHashMap<String, ConcurrentLinkedQueue<Double>> latencies = new ConcurrentHashMap<>();
    kinds.forEach(k -> latencies.put(k.name(), new ConcurrentLinkedQueue<>()));
    ConcurrentHashMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
    AtomicLong sent = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        for (int i = client; System.nanoTime() < deadline; i += clients) {
          if (sent.incrementAndGet() > maxRequests) {
            return;
          }
          Kind k = kinds.get(i % kinds.size());
          HttpRequest req = HttpRequest.newBuilder(base.resolve(k.path().apply(i / kinds.size())))
              .timeout(Duration.ofSeconds(30)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t0) / 1e6;
            latencies.get(k.name()).add(ms);
            if (r.statusCode() != 200) {
              errors.computeIfAbsent("HTTP " + r.statusCode(), x -> new AtomicLong()).incrementAndGet();
            }
          } catch (IOException e) {
            errors.computeIfAbsent(e.getClass().getSimpleName(), x -> new AtomicLong()).incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "load-" + c);
      threads.add(t);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    String loadAfter = loadAverage();
    System.out.printf(Locale.ROOT, "%d clients, %.1f s, %d cores; load average before: %s, after: %s%n", clients, elapsed,
        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
    System.out.printf(Locale.ROOT, "%-30s %8s %8s %8s %8s %8s%n", "request kind", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
    List<Double> all = new ArrayList<>();
    for (Kind k : kinds) {
      double[] v = latencies.get(k.name()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      latencies.get(k.name()).forEach(all::add);
      print(k.name(), v);
    }
    double[] v = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    print("all", v);
    long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf(Locale.ROOT, "%d requests, %.0f requests/s, %d errors %s%n", v.length, v.length / elapsed, errorCount, errors);
  }

  private static void print(String name, double[] sorted) {
    if (sorted.length == 0) {
      System.out.printf(Locale.ROOT, "%-30s %8d%n", name, 0);
      return;
    }
    System.out.printf(Locale.ROOT, "%-30s %8d %8.1f %8.1f %8.1f %8.1f%n", name, sorted.length, pct(sorted, 50),
        pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1]);
  }

  static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(" ", Arrays.copyOf(f, 3));
    } catch (IOException e) {
      return "unknown";
    }
  }

  private HttpLoad() {}
}
