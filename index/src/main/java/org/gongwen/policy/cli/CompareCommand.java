package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.search.CompareResult;
import org.gongwen.policy.search.ComparePivot;
import org.gongwen.policy.search.CompareRow;
import org.gongwen.policy.search.CsvWriter;
import org.gongwen.policy.search.TableData;
import org.gongwen.policy.search.ParsedQuery;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.QuerySyntax;
import org.gongwen.policy.search.SearchRequest;
import org.gongwen.policy.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare INDICATOR-QUERY... --index DIR [--format table|csv|xlsx|json] [--flat] [-o FILE]
 * [--limit N]}: the targets matching the query (same language as {@code search}; {@code type:target}
 * implied) lined up across documents and years. Table, CSV and XLSX show an indicator × year pivot
 * ({@link ComparePivot}: one row per indicator, kind, measure word, comparator, issuer, scope; one
 * column per year); {@code --flat} lists one target per row instead. CSV is UTF-8 with a BOM (Excel
 * reads it as such), RFC 4180. JSON is the list of targets. Exit 0, 1 when the index cannot be opened,
 * 2 on bad usage.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Targets matching an indicator query, as an indicator × year pivot across documents.")
public final class CompareCommand implements Callable<Integer> {

  static final List<String> FORMATS = List.of("table", "csv", "xlsx", "json");

  @Parameters(arity = "1..*", paramLabel = "INDICATOR-QUERY", description = "Words and key:value filters.")
  private List<String> query = new ArrayList<>();

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  private Path indexDir;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), csv (UTF-8 with BOM), xlsx or json.")
  private String format;

  @Option(names = "--flat", description = "One target per row (kind, value, unit, year, comparator, issuer, title, file, scope) instead of the pivot.")
  private boolean flat;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write csv/xlsx/json here instead of standard output.")
  private Path output;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
      description = "Most targets compared, the best matches (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Mixin
  private Verbosity verbosity;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String fmt = format.toLowerCase(Locale.ROOT);
    SearchRequest request;
    try {
      if (!FORMATS.contains(fmt)) {
        throw new IllegalArgumentException("unknown format [" + format + "]: expected one of " + FORMATS);
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
    TableData table = flat ? ComparePivot.flat(rows) : ComparePivot.of(rows);
    switch (fmt) {
      case "json" -> {
        String json = new PolicyJson().toPrettyJson(rows);
        if (output == null || "-".equals(output.toString())) {
          out.print(json);
        } else {
          Files.writeString(output, json, StandardCharsets.UTF_8);
        }
      }
      case "csv", "xlsx" -> {
        String problem = TableOutput.write(table, fmt, output, "compare", out);
        if (problem != null) {
          err.println(problem);
          err.flush();
          return 2;
        }
      }
      default -> out.print(rows.isEmpty() ? "no targets\n" : table(table.textRows()));
    }
    if (result.total() > rows.size() && !verbosity.quiet) {
      err.println("compared the best " + rows.size() + " of " + result.total() + " matching targets: raise --limit for all");
    }
    out.flush();
    err.flush();
    return 0;
  }

  /** RFC 4180: fields with comma, quote or line break are quoted, quotes doubled. */
  static String csvLine(String[] fields) {
    return CsvWriter.line(fields);
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
