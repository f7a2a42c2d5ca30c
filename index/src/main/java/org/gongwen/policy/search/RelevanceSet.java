package org.gongwen.policy.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongwen.policy.index.EntryType;

/**
 * Judged queries: each query with the keys ({@link HitKey}) of the entries a researcher expects to find.
 * The file format ({@code bench/relevance/queries.tsv}): UTF-8, one query per line, three TAB-separated
 * columns — query (query language), type ({@code document}, {@code task}, {@code target} or {@code any}),
 * expected keys separated by {@code " | "}; lines starting with {@code #} and blank lines are skipped.
 *
 * @param queries the judged queries in file order
 */
public record RelevanceSet(List<Query> queries) {

  /**
   * One judged query.
   *
   * @param line line number in the file (1-based), for messages
   * @param query the query string
   * @param type entry type asked for, or null for any
   * @param expected keys of the relevant entries
   */
  public record Query(int line, String query, EntryType type, List<String> expected) {
    public Query {
      expected = List.copyOf(expected);
    }
  }

  public RelevanceSet {
    queries = List.copyOf(queries);
  }

  /**
   * Reads a relevance file.
   *
   * @throws IOException when unreadable, or with {@code [file:line]} and the fault for a malformed line
   */
  public static RelevanceSet load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = "[" + file + ":" + (i + 1) + "] ";
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new IOException(where + "expected 3 TAB-separated columns, got " + cols.length);
      }
      EntryType type;
      try {
        type = "any".equals(cols[1].strip()) ? null : EntryType.fromCode(cols[1]);
      } catch (IllegalArgumentException e) {
        throw new IOException(where + e.getMessage(), e);
      }
      List<String> expected = Arrays.stream(cols[2].split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (expected.isEmpty()) {
        throw new IOException(where + "no expected keys");
      }
      try {
        new QuerySyntax().parse(cols[0]);
      } catch (QuerySyntaxException e) {
        throw new IOException(where + e.getMessage(), e);
      }
      queries.add(new Query(i + 1, cols[0].strip(), type, expected));
    }
    if (queries.isEmpty()) {
      throw new IOException("[" + file + "] holds no queries");
    }
    return new RelevanceSet(queries);
  }
}
