package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.search.PolicySearcher;
import org.gongwen.policy.search.SearchHit;
import org.gongwen.policy.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code search [QUERY] --index DIR [--type document|task|target] [--year N] [--unit NAME] [--limit N]
 * [--json]}: ranked hits, one block per hit ({@link HitFormat}), or a JSON array with {@code --json}.
 * Without QUERY every entry passing the filters is listed. Exit 0 (also with no hits), 1 when the index
 * cannot be opened, 2 on bad usage.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index: documents, tasks and targets, ranked by relevance.")
public final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Free text (Chinese analyzed); omit to list by filters.")
  private String query = "";

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  private Path indexDir;

  @Option(names = "--type", paramLabel = "TYPE", converter = EntryTypeConverter.class,
      description = "Only entries of this type: document, task or target.")
  private EntryType type;

  @Option(names = "--year", paramLabel = "N", description = "Only targets due in (documents signed in) this year.")
  private Integer year;

  @Option(names = "--unit", paramLabel = "NAME", description = "Only entries naming this responsible unit.")
  private String unit;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--json", description = "Print the hits as a JSON array.")
  private boolean json;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request;
    try {
      request = new SearchRequest(query, type, year, unit, limit);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    List<SearchHit> hits;
    try (PolicySearcher searcher = PolicySearcher.open(indexDir)) {
      hits = searcher.search(request);
    } catch (IOException e) {
      err.println(e.getMessage());
      err.flush();
      return IndexCommand.EXIT_INDEX_UNUSABLE;
    }
    if (json) {
      out.print(new PolicyJson().toPrettyJson(hits));
    } else if (hits.isEmpty()) {
      out.println("no hits");
    } else {
      for (int i = 0; i < hits.size(); i++) {
        out.println(HitFormat.format(i + 1, hits.get(i)));
      }
    }
    out.flush();
    return 0;
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
}
