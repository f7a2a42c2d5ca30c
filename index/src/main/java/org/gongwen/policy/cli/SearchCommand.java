package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.search.FacetCount;
import org.gongwen.policy.search.Filters;
import org.gongwen.policy.search.HitTable;
import org.gongwen.policy.search.ParsedQuery;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.QuerySyntax;
import org.gongwen.policy.search.SearchJson;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SearchResult;
import org.gongwen.policy.search.SortOrder;
import org.gongwen.policy.solr.SolrCollection;
import org.gongwen.policy.solr.SolrSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code search [QUERY...] --index DIR [filters] [--sort relevance|value|year] [--offset N] [--limit N]
 * [--facets] [--json]}. QUERY is the query language of {@link QuerySyntax} (free words plus
 * {@code key:value} filters; several arguments are joined with spaces); the filter flags are the same
 * filters and must agree with the query's. Text output: one block per hit ({@link HitFormat}), a paging
 * line when more hits match, then the facets. {@code --json}: the object documented in
 * {@code docs/search.md}. Exit 0 (also with no hits), 1 when the index cannot be opened, 2 on bad usage
 * (including query syntax errors).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index: documents, tasks and targets, ranked by relevance.",
    footer = {"", "Query language: words plus filters, e.g.",
        "  高新技术企业 year:2024 type:target",
        "  lead:区科技局 type:task",
        "  R&D value:[2 TO *] measure:%% issuer:温州市鹿城区人民政府",
        "Filters: type year unit lead issuer kind measure comparator value;",
        "ranges [a TO b] {a TO b} with * open, or >=a >a <=b <b."})
public final class SearchCommand implements Callable<Integer> {

  static final List<String> FORMATS = List.of("text", "json", "csv", "xlsx");

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words and key:value filters; omit to list by filters.")
  private List<String> query = new ArrayList<>();

  @Option(names = "--index", paramLabel = "DIR", description = "Index directory.")
  private Path indexDir;

  @Option(names = "--solr", paramLabel = "URL/COLLECTION",
      description = "Search this Solr collection instead (e.g. http://localhost:8983/solr/policy): same query"
          + " language, filters, facets, sort and output.")
  private String solr;

  private SolrCollection solrCollection;

  @Option(names = "--type", paramLabel = "TYPE", converter = EntryTypeConverter.class,
      description = "Only entries of this type: document, task or target (= type:TYPE).")
  private EntryType type;

  @Option(names = "--year", paramLabel = "N|RANGE", description = "Targets due in / documents signed in (= year:…).")
  private String year;

  @Option(names = "--unit", paramLabel = "NAME", description = "Only entries naming this responsible unit (= unit:…).")
  private String unit;

  @Option(names = "--lead", paramLabel = "NAME", description = "Only entries led by this unit (= lead:…).")
  private String lead;

  @Option(names = "--issuer", paramLabel = "NAME", description = "Only entries of policies by this issuer (= issuer:…).")
  private String issuer;

  @Option(names = "--kind", paramLabel = "KIND", description = "Targets of this kind (= kind:…).")
  private String kind;

  @Option(names = "--measure", paramLabel = "WORD", description = "Targets in this measure word (= measure:…).")
  private String measure;

  @Option(names = "--comparator", paramLabel = "OP", description = "Targets with this comparator (= comparator:…).")
  private String comparator;

  @Option(names = "--value", paramLabel = "RANGE", description = "Targets whose value is in range (= value:…).")
  private String value;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", converter = SortConverter.class,
      description = "relevance (default), value (largest first) or year (earliest first).")
  private SortOrder sort;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits skipped (paging).")
  private int offset;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--facets", description = "Count the matching entries by issuer, year, unit, lead unit, measure, kind.")
  private boolean facets;

  @Option(names = "--json", description = "Print one JSON object: request, total, hits, facets (= --format json).")
  private boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, csv (UTF-8 with BOM, one row per hit) or xlsx.")
  private String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write csv/xlsx here instead of standard output.")
  private Path output;

  @Mixin
  private Verbosity verbosity;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request;
    String fmt = json ? "json" : format.toLowerCase(Locale.ROOT);
    try {
      if (!FORMATS.contains(fmt)) {
        throw new IllegalArgumentException("unknown format [" + format + "]: expected one of " + FORMATS);
      }
      if (json && !"text".equals(format.toLowerCase(Locale.ROOT)) && !"json".equals(format.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("--json and --format " + format + " disagree: give one");
      }
      if ((indexDir == null) == (solr == null)) {
        throw new IllegalArgumentException("give one of --index DIR or --solr URL/COLLECTION");
      }
      solrCollection = solr == null ? null : SolrCollection.parse(solr);
      request = request();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    SearchResult result;
    try {
      result = solr != null ? searchSolr(request) : searchIndex(request);
    } catch (IOException e) {
      err.println(e.getMessage());
      err.flush();
      return IndexCommand.EXIT_INDEX_UNUSABLE;
    }
    switch (fmt) {
      case "json" -> out.print(new PolicyJson().toPrettyJson(SearchJson.of(request, result)));
      case "csv", "xlsx" -> {
        String problem = TableOutput.write(HitTable.of(result.hits(), request.offset() + 1), fmt, output, "search", out);
        if (problem != null) {
          err.println(problem);
          err.flush();
          return 2;
        }
      }
      default -> printText(out, request, result);
    }
    out.flush();
    return 0;
  }

  private SearchResult searchIndex(SearchRequest request) throws IOException {
    try (PolicySearcher searcher = PolicySearcher.open(indexDir)) {
      return searcher.query(request);
    }
  }

  private SearchResult searchSolr(SearchRequest request) throws IOException {
    try (SolrSearcher searcher = SolrSearcher.open(solrCollection)) {
      return searcher.query(request);
    }
  }

  /** The request of the arguments: query-string filters and flag filters merged. */
  SearchRequest request() {
    QuerySyntax syntax = new QuerySyntax();
    ParsedQuery parsed = syntax.parse(String.join(" ", query));
    Filters flags = syntax.parse(String.join(" ", flagFilters())).filters();
    return new SearchRequest(parsed.text(), parsed.filters().and(flags), sort, offset, limit, facets, true);
  }

  private List<String> flagFilters() {
    List<String> parts = new ArrayList<>();
    if (type != null) {
      parts.add("type:" + type.code());
    }
    addRaw(parts, "year", year);
    addQuoted(parts, "unit", unit);
    addQuoted(parts, "lead", lead);
    addQuoted(parts, "issuer", issuer);
    addQuoted(parts, "kind", kind);
    addQuoted(parts, "measure", measure);
    addQuoted(parts, "comparator", comparator);
    addRaw(parts, "value", value);
    return parts;
  }

  private static void addRaw(List<String> parts, String key, String v) {
    if (v != null) {
      parts.add(key + ":" + v.strip());
    }
  }

  private static void addQuoted(List<String> parts, String key, String v) {
    if (v != null) {
      if (v.indexOf('"') >= 0) {
        throw new IllegalArgumentException("--" + key + " must not contain a double quote: [" + v + "]");
      }
      parts.add(key + ":\"" + v + "\"");
    }
  }

  private static void printText(PrintWriter out, SearchRequest request, SearchResult result) {
    if (result.hits().isEmpty()) {
      out.println(result.total() == 0 ? "no hits" : "no hits after offset " + request.offset() + " of " + result.totalText());
    } else {
      for (int i = 0; i < result.hits().size(); i++) {
        out.println(HitFormat.format(request.offset() + i + 1, result.hits().get(i)));
      }
      int last = request.offset() + result.hits().size();
      if (request.offset() > 0 || last < result.total()) {
        out.println("-- hits " + (request.offset() + 1) + "-" + last + " of " + result.totalText()
            + (last < result.total() ? " (next: --offset " + last + ")" : ""));
      }
    }
    if (result.facets() != null) {
      out.println("-- facets over " + result.totalText() + " hits");
      for (Map.Entry<String, List<FacetCount>> dim : result.facets().entrySet()) {
        StringBuilder sb = new StringBuilder(dim.getKey()).append(':');
        for (FacetCount c : dim.getValue()) {
          sb.append(' ').append(c.value()).append(" (").append(c.count()).append(')');
        }
        out.println(sb);
      }
    }
  }


  /** {@code --type} values, case-insensitive, with the allowed values in the error. */
  static final class EntryTypeConverter implements ITypeConverter<EntryType> {
    @Override
    public EntryType convert(String value) {
      try {
        return EntryType.fromCode(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --sort} values. */
  static final class SortConverter implements ITypeConverter<SortOrder> {
    @Override
    public SortOrder convert(String value) {
      try {
        return SortOrder.fromCode(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
