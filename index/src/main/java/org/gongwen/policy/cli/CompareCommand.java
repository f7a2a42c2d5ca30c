package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.search.CompareResult;
import org.gongwen.policy.search.CompareRow;
import org.gongwen.policy.search.ParsedQuery;
import org.gongwen.policy.search.PlainNumber;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.QuerySyntax;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare INDICATOR-QUERY... --index DIR [--format table|json|csv] [--limit N]}: the targets
 * matching the query (same language as {@code search}; {@code type:target} implied) side by side across
 * documents and years, sorted by indicator, then year. Exit 0, 1 when the index cannot be opened, 2 on
 * bad usage.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Targets matching an indicator query, side by side across documents and years.")
public final class CompareCommand implements Callable<Integer> {

  static final String[] HEADER =
      {"indicator", "value", "unit", "year", "comparator", "issuer", "title", "file", "scope"};

  @Parameters(arity = "1..*", paramLabel = "INDICATOR-QUERY", description = "Words and key:value filters.")
  private List<String> query = new ArrayList<>();

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  private Path indexDir;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), json or csv.")
  private String format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
      description = "Most targets compared, the best matches (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String fmt = format.toLowerCase(Locale.ROOT);
    SearchRequest request;
    try {
      if (!List.of("table", "json", "csv").contains(fmt)) {
        throw new IllegalArgumentException("unknown format [" + format + "]: expected table, json or csv");
      }
      ParsedQuery parsed = new QuerySyntax().parse(String.join(" ", query));
      if (parsed.filters().type() != null && parsed.filters().type() != EntryType.TARGET) {
        throw new IllegalArgumentException("compare lists targets: [type:" + parsed.filters().type().code() + "] cannot be compared");
      }
      request = new SearchRequest(parsed.text(), parsed.filters().withType(EntryType.TARGET),
          SortOrder.RELEVANCE, 0, limit, false, false);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    CompareResult result;
    try (PolicySearcher searcher = PolicySearcher.open(indexDir)) {
      result = searcher.compare(request);
    } catch (IOException e) {
      err.println(e.getMessage());
      err.flush();
      return IndexCommand.EXIT_INDEX_UNUSABLE;
    }
    List<CompareRow> rows = result.rows();
    switch (fmt) {
      case "json" -> out.print(new PolicyJson().toPrettyJson(rows));
      case "csv" -> rows(rows).forEach(r -> out.println(csvLine(r)));
      default -> out.print(rows.isEmpty() ? "no targets\n" : table(rows(rows)));
    }
    if (result.total() > rows.size()) {
      err.println("compared the best " + rows.size() + " of " + result.total() + " matching targets: raise --limit for all");
    }
    out.flush();
    err.flush();
    return 0;
  }

  /** Header plus one string row per target. */
  static List<String[]> rows(List<CompareRow> rows) {
    List<String[]> out = new ArrayList<>();
    out.add(HEADER);
    for (CompareRow r : rows) {
      out.add(new String[] {r.indicator(), r.value() == null ? "" : PlainNumber.format(r.value()), nz(r.unit()),
          r.year() == null ? "" : r.year().toString(), nz(r.comparator()), nz(r.issuer()), nz(r.title()),
          nz(r.file()), nz(r.scope())});
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** RFC 4180: fields with comma, quote or line break are quoted, quotes doubled. */
  static String csvLine(String[] fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields[i];
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    return sb.toString();
  }

  /** Columns padded to their widest cell, counting CJK and full-width characters as two columns. */
  static String table(List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], displayWidth(r[c]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        line.append(r[c]);
        if (c < cols - 1) {
          line.append(" ".repeat(width[c] - displayWidth(r[c]) + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
        || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
