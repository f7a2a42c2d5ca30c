package org.gongwen.policy.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Word lists are data: no main source of either module holds a list of Chinese words (see
 * {@link WordListCheck} for the criterion and its four shapes), so every list lives once, in the lexicon,
 * and is passed in from the composition root.
 */
class WordListsInLexiconTest {

  private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../index/src/main/java"));

  /**
   * Generators of synthetic test documents: their vocabulary writes documents for load tests, it is no
   * rule of extraction.
   */
  private static final Set<String> SYNTHETIC_DATA = Set.of("CorpusGenerator.java", "SyntheticCorpus.java");

  @Test
  void noWordListLivesInCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (var e : findings().entrySet()) {
      found.addAll(e.getValue());
    }
    assertTrue(found.isEmpty(), "word lists in code; move them to the lexicon:\n" + String.join("\n", found));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "word-list-check.tsv", delimiter = '\t', ignoreLeadingAndTrailingWhitespace = false,
      quoteCharacter = '\u0001')
  void eachShapeIsFoundOrAllowed(String line, String rules) {
    String found = WordListCheck.find(line).stream().map(WordListCheck.Finding::rule).distinct().sorted()
        .collect(Collectors.joining(","));
    assertEquals(rules, found.isEmpty() ? "-" : found, line);
  }

  @Test
  void findingsNameTheLine() {
    String code = String.join("\n",
        "class X {",
        "  static final String C = \"责任单位\";",
        "  static final Pattern D = Pattern.compile(\"[一二三四五六七八九十]+、\");",
        "  static final Pattern B = Pattern.compile(",
        "      \"(?:牵头|负责|配合)单位\");",
        "}");
    assertEquals(List.of(new WordListCheck.Finding(5, "alternation", "牵头|负责|配合")), WordListCheck.find(code));
  }

  /** Findings by source path (relative to its source root, '/'-separated), in path order. */
  private static java.util.SortedMap<String, List<String>> findings() throws IOException {
    java.util.SortedMap<String, List<String>> out = new java.util.TreeMap<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          if (SYNTHETIC_DATA.contains(f.getFileName().toString())) {
            continue;
          }
          JavaSource src = new JavaSource(Files.readString(f, StandardCharsets.UTF_8));
          List<String> lines = new ArrayList<>();
          for (WordListCheck.Finding w : WordListCheck.find(Files.readString(f, StandardCharsets.UTF_8))) {
            lines.add(f + ":" + w.line() + ": " + w.rule() + " [" + w.detail() + "]: " + src.line(w.line()));
          }
          if (!lines.isEmpty()) {
            out.put(root.relativize(f).toString().replace('\\', '/'), lines);
          }
        }
      }
    }
    return out;
  }
}
