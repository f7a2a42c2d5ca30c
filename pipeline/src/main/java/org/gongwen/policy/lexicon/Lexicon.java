package org.gongwen.policy.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every word list of the project, loaded once from the resource files of this package and passed to the
 * steps that need them (like Lucene's stopword files). A list is named by its path under this package
 * without {@code .txt}, e.g. {@code target/goal-verbs}; {@code index.txt} names every list.
 *
 * <p>File format: one entry per line, UTF-8; blank lines and lines starting with {@code #} are ignored;
 * a line may hold fields separated by a tab (see {@link #pairs}). Immutable and thread-safe.
 */
public final class Lexicon {

  private static final String BASE = "/org/gongwen/policy/lexicon/";

  private final Map<String, List<String>> lists;

  private Lexicon(Map<String, List<String>> lists) {
    this.lists = Map.copyOf(lists);
  }

  /**
   * The project's lexicon: every list named in {@code index.txt}. Read on the first call and shared
   * afterwards (it is immutable): several steps and helpers ask for it, and a cold one-file run would
   * otherwise read the hundred-odd resource files of the jar once per asker.
   */
  public static Lexicon standard() {
    return Standard.LEXICON;
  }

  /** Holds the standard lexicon; the JVM reads it once, on first use, thread-safely. */
  private static final class Standard {
    static final Lexicon LEXICON = load();
  }

  private static Lexicon load() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    try (ListFiles files = ListFiles.open(BASE)) {
      for (String name : lines(files, "index.txt", "index.txt")) {
        lists.put(name, lines(files, name + ".txt", name));
      }
    }
    return new Lexicon(lists);
  }

  /** A lexicon of the given lists, for tests of one rule. */
  public static Lexicon of(Map<String, List<String>> lists) {
    return new Lexicon(lists);
  }

  /** The names of every list. */
  public Set<String> names() {
    return lists.keySet();
  }

  /** The entries of one list, in file order. */
  public List<String> words(String name) {
    List<String> words = lists.get(name);
    if (words == null) {
      throw new IllegalArgumentException("no word list named " + name + " in the lexicon");
    }
    return words;
  }

  /** The entries of one list as a set (file order kept). */
  public Set<String> set(String name) {
    return new LinkedHashSet<>(words(name));
  }

  /** A list of {@code key<TAB>value} lines as an ordered map; a line without a tab maps to "". */
  public Map<String, String> pairs(String name) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : words(name)) {
      int tab = line.indexOf('\t');
      map.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
    }
    return map;
  }

  /** Entries longest first (for longest-match scans). */
  public List<String> longestFirst(String name) {
    List<String> sorted = new ArrayList<>(words(name));
    sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    return List.copyOf(sorted);
  }

  /**
   * The list as the body of a regular expression: {@code (?:w1|w2|…)}, each word quoted, in file order (a
   * regex alternation tries its words left to right, so the file decides which of two overlapping words
   * wins).
   */
  public String alternation(String name) {
    return words(name).stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
  }

  /**
   * Like {@link #alternation} but white space may stand between the letters of a word ({@code 抄 送}), as
   * in text spaced out for layout; file order.
   */
  public String spacedAlternation(String name) {
    return words(name).stream()
        .map(w -> w.codePoints().mapToObj(Character::toString).map(Pattern::quote)
            .collect(Collectors.joining("\\s*")))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /**
   * A list of one-letter words as a regex character class body, {@code [和及与]}; a longer entry is an
   * error in the list.
   */
  public String characterClass(String name) {
    StringBuilder out = new StringBuilder("[");
    for (String w : words(name)) {
      if (w.codePointCount(0, w.length()) != 1) {
        throw new IllegalStateException("word list " + name + " holds single letters, not: " + w);
      }
      out.append(Character.isLetterOrDigit(w.codePointAt(0)) ? w : "\\" + w);
    }
    return out.append(']').toString();
  }

  private static List<String> lines(ListFiles files, String file, String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = files.stream(file)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the lexicon: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(line.contains("\t") ? line.stripTrailing() : t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
    return List.copyOf(out);
  }
}
