package org.gongwen.policy.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwen.policy.batch.Isolation;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.search.IndexUnavailableException;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.SearchHit;
import org.gongwen.policy.search.SearchJson;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SearchResult;
import org.gongwen.policy.search.SortOrder;

/**
 * The HTTP server of {@code policy serve}: the JSON API under {@code /api/v1} ({@code docs/http-api.md})
 * and the static page at {@code /}. Read-only on the index; every API request takes an {@link Admission}
 * slot; no file path is ever taken from a request; every answer carries a Content-Security-Policy.
 */
public final class PolicyServer implements Closeable {

  /** The Content-Security-Policy of every answer: own scripts and styles only, no framing, no plugins. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** Every endpoint of the API, as documented in docs/http-api.md and docs/openapi.yaml. */
  public static final List<String> ENDPOINTS = List.of("GET /api/v1/search", "GET /api/v1/search.csv",
      "GET /api/v1/search.xlsx", "GET /api/v1/compare", "GET /api/v1/documents/{id}", "GET /api/v1/documents/{id}/text",
      "GET /api/v1/stats", "POST /api/v1/extract");

  /** Most targets a compare request lines up. */
  public static final int COMPARE_LIMIT = 1000;

  private final ServeOptions options;
  private final PolicySearcher searcher;
  private final StoredPolicies policies;
  private final UploadExtractor uploads;
  private final Admission admission;
  private final PolicyJson json = new PolicyJson();
  private final Javalin app;

  private PolicyServer(ServeOptions options, PolicySearcher searcher, StoredPolicies policies, UploadExtractor uploads) {
    this.options = options;
    this.searcher = searcher;
    this.policies = policies;
    this.uploads = uploads;
    this.admission = new Admission("request", options.searchSlots(), options.queueWaitMs(), ServeOptions.RETRY_AFTER_SECONDS);
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.startupWatcherEnabled = false;
      cfg.http.maxRequestSize = options.maxBytes() + 64 * 1024;
      cfg.jetty.defaultHost = options.bind();
      cfg.jetty.multipartConfig.maxFileSize(options.maxBytes(), io.javalin.config.SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxTotalRequestSize(options.maxBytes() + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
      cfg.jetty.modifyServer(server -> server.setStopTimeout(2000));
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/gongwen/policy/serve/static";
        sf.location = Location.CLASSPATH;
      });
      cfg.staticFiles.enableWebjars();
    });
    routes();
  }

  /**
   * Opens the index and prepares the server; {@link #start()} listens.
   *
   * @throws IndexUnavailableException when there is no usable index
   */
  public static PolicyServer create(ServeOptions options) throws IOException {
    // start-up: load the web server's classes on a second core while this thread opens the index and
    // its analyzer (smartcn's dictionaries); the throwaway instance is never started
    Thread warmUp = new Thread(() -> {
      try {
        Javalin.create(cfg -> cfg.showJavalinBanner = false);
      } catch (RuntimeException e) {
        // only a warm-up: the real instance reports its own problems
      }
    }, "serve-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    PolicySearcher searcher = PolicySearcher.open(options.index());
    StoredPolicies policies = null;
    try {
      policies = StoredPolicies.open(options.index());
      UploadExtractor uploads = new UploadExtractor(Isolation.PROCESS.workers(options.maxBytes(), true,
          options.extractTimeout(), options.workerHeap(), false), options.extractWorkers(), options.maxBytes(),
          ServeOptions.RETRY_AFTER_SECONDS);
      return new PolicyServer(options, searcher, policies, uploads);
    } catch (IOException | RuntimeException e) {
      searcher.close();
      if (policies != null) {
        policies.close();
      }
      throw e;
    }
  }

  /** Listens on the configured address and port. */
  public PolicyServer start() {
    app.start(options.bind(), options.port());
    return this;
  }

  /** The port listened on (the real one when 0 was asked for). */
  public int port() {
    return app.port();
  }

  /** The page's address. */
  public String url() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    return "http://" + host + ":" + port() + "/";
  }

  /** The request gate, for tests that saturate it. */
  Admission admission() {
    return admission;
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.get("/api/v1/search", gated(this::search));
    app.get("/api/v1/search.csv", gated(ctx -> export(ctx, "csv")));
    app.get("/api/v1/search.xlsx", gated(ctx -> export(ctx, "xlsx")));
    app.get("/api/v1/compare", gated(this::compare));
    app.get("/api/v1/documents/{id}", gated(this::document));
    app.get("/api/v1/documents/{id}/text", gated(this::documentText));
    app.get("/api/v1/stats", gated(ctx -> json(ctx, 200, searcher.stats())));
    app.post("/api/v1/extract", this::extract);
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e));
    app.exception(IndexUnavailableException.class, (e, ctx) -> error(ctx, new ApiException(503, "index-unavailable", e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> error(ctx, new ApiException(500, "internal", "internal error: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.attribute("api-error") == null) {
        error(ctx, ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path()));
      }
    });
    app.error(405, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.attribute("api-error") == null) {
        error(ctx, new ApiException(405, "method-not-allowed", "method not allowed: " + ctx.method() + " " + ctx.path()));
      }
    });
    app.error(413, ctx -> {
      if (ctx.attribute("api-error") == null) {
        error(ctx, ApiException.tooLarge("request larger than the limit of " + options.maxBytes() + " bytes"));
      }
    });
  }

  /** The handler run inside an admission slot. */
  private Handler gated(Handler h) {
    return ctx -> {
      try (Admission.Slot slot = admission.enter()) {
        h.handle(ctx);
      }
    };
  }

  private void search(Context ctx) throws IOException {
    SearchRequest request = SearchParams.parse(ctx::queryParam, SearchRequest.DEFAULT_LIMIT);
    SearchResult result = searcher.query(request);
    json(ctx, 200, SearchJson.of(request, result));
  }


  private void export(Context ctx, String format) throws IOException {
    SearchRequest request = SearchParams.parse(ctx::queryParam, SearchRequest.MAX_LIMIT).withFacets(false);
    List<SearchHit> hits = searcher.query(request).hits();
    String name = "policy-search." + format;
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    if ("csv".equals(format)) {
      ctx.contentType("text/csv; charset=utf-8");
      CsvExport.write(hits, ctx.outputStream());
    } else {
      ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      XlsxExport.write(hits, ctx.outputStream());
    }
  }

  /**
   * Targets matching the query side by side: the target hits (as in search) of the best
   * {@value #COMPARE_LIMIT} matches, ordered by indicator, year (undated last), issuer, document.
   */
  private void compare(Context ctx) throws IOException {
    SearchRequest parsed = SearchParams.parse(ctx::queryParam, COMPARE_LIMIT);
    if (parsed.type() != null && parsed.type() != EntryType.TARGET) {
      throw ApiException.badRequest("compare lists targets: [type:" + parsed.type().code() + "] cannot be compared");
    }
    SearchRequest request = parsed.withType(EntryType.TARGET).withSort(SortOrder.RELEVANCE).withOffset(0).withFacets(false);
    SearchResult result = searcher.query(request);
    List<SearchHit> rows = new ArrayList<>(result.hits());
    rows.sort(Comparator.comparing(SearchHit::indicator, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(SearchHit::year, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(h -> h.issuers() == null ? null : String.join("、", h.issuers()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(SearchHit::file, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(SearchHit::ordinal, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", request.query());
    m.put("filters", request.filters().asMap());
    m.put("limit", request.limit());
    m.put("total", result.total());
    m.put("totalRelation", result.totalRelation());
    m.put("rows", rows);
    json(ctx, 200, m);
  }

  private StoredPolicies.StoredPolicy stored(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<StoredPolicies.StoredPolicy> p = policies.find(id);
    if (p.isEmpty()) {
      throw ApiException.notFound("no document with id [" + id + "] in the index");
    }
    return p.get();
  }

  private void document(Context ctx) throws IOException {
    StoredPolicies.StoredPolicy p = stored(ctx);
    if (p.json() == null) {
      throw ApiException.notFound("the index holds no policy JSON for [" + ctx.pathParam("id") + "]: index again with this version");
    }
    ctx.status(200).contentType("application/json; charset=utf-8").result(p.json());
  }

  private void documentText(Context ctx) throws IOException {
    StoredPolicies.StoredPolicy p = stored(ctx);
    if (p.text() == null) {
      throw ApiException.notFound("the index holds no text for [" + ctx.pathParam("id") + "]: index again with this version");
    }
    ctx.status(200).contentType("text/plain; charset=utf-8").result(p.text());
  }

  private void extract(Context ctx) throws IOException {
    long length = ctx.contentLength();
    if (length > options.maxBytes() + 64 * 1024) {
      ctx.header("Connection", "close");
      throw ApiException.tooLarge("upload of " + length + " bytes is larger than the limit of " + options.maxBytes() + " bytes");
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
      throw ApiException.badRequest("send the file as multipart/form-data in the part [file]");
    }
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("exceeds") || String.valueOf(e.getMessage()).contains("too large")) {
        throw ApiException.tooLarge("upload larger than the limit of " + options.maxBytes() + " bytes");
      }
      throw ApiException.badRequest("cannot read the upload: " + e.getMessage());
    }
    if (file == null) {
      throw ApiException.badRequest("no file: send it in the multipart part [file]");
    }
    if (file.size() > options.maxBytes()) {
      throw ApiException.tooLarge("upload of " + file.size() + " bytes is larger than the limit of " + options.maxBytes() + " bytes");
    }
    PolicyDocument doc;
    try (InputStream in = file.content()) {
      doc = uploads.extract(file.filename(), in);
    }
    json(ctx, 200, doc);
  }

  private void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json.toLine(body).getBytes(StandardCharsets.UTF_8));
  }

  private void error(Context ctx, ApiException e) {
    ctx.attribute("api-error", Boolean.TRUE);
    if (e.status() == 503) {
      ctx.header("Retry-After", Integer.toString(ServeOptions.RETRY_AFTER_SECONDS));
    }
    ctx.header("Content-Disposition", "inline");
    json(ctx, e.status(), new ApiError(e.code(), e.getMessage()));
  }

  /** Stops listening and releases the index and the extraction workers. */
  @Override
  public void close() throws IOException {
    try (searcher; policies; uploads) {
      app.stop();
    }
  }
}
