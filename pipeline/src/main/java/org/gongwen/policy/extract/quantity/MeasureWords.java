package org.gongwen.policy.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * The measure-word lexicon ({@code measure-words.txt} next to this class): the words that may follow a
 * number as its unit (家, 个, 平方米, %, 人年 …), matched longest first, with an optional canonical form
 * ({@code ㎡} is reported as {@code 平方米}, {@code ％} as {@code %}).
 *
 * <p>A match is refused when the unit character starts a longer ordinary word: the 方 of “一方面”, the
 * 条 of “一条龙”, the 家 of “一家人”, the 次 of “一次性” are not units. Immutable and thread-safe.
 */
public final class MeasureWords {

  /** A unit found in text: where it ends and its canonical form. */
  public record Match(int end, String unit) {}

  private final Map<String, String> canonical;
  private final int longest;
  /** Unit → characters that, following it, show that it is the first half of another word. */
  private final Map<String, String> blockedNext;
  /**
   * First character → bit (len - 1) set when a unit of that length starts with it: {@link #at} looks up only
   * the lengths some unit has, and nothing at a character no unit starts with (most positions after a
   * number), instead of one substring per length at every position.
   */
  private final Map<Character, Long> lengthsByFirst;

  private MeasureWords(Map<String, String> canonical, Map<String, String> blockedNext) {
    this.canonical = Map.copyOf(canonical);
    this.blockedNext = Map.copyOf(blockedNext);
    this.longest = canonical.keySet().stream().mapToInt(String::length).max().orElse(0);
    Map<Character, Long> lengths = new HashMap<>();
    for (String w : canonical.keySet()) {
      if (w.isEmpty() || w.length() > Long.SIZE) {
        throw new IllegalArgumentException("measure word [" + w + "] is empty or longer than " + Long.SIZE);
      }
      lengths.merge(w.charAt(0), 1L << (w.length() - 1), (a, b) -> a | b);
    }
    this.lengthsByFirst = Map.copyOf(lengths);
  }

  /** The lexicon shipped with the pipeline. */
  public static MeasureWords standard() {
    return of(Lexicon.standard());
  }

  /**
   * The measure words shipped with the pipeline, refused before the letters of lexicon
   * {@code quantity/blocked-next}.
   */
  public static MeasureWords of(Lexicon lexicon) {
    Map<String, String> blockedNext = lexicon.pairs("quantity/blocked-next");
    try (InputStream in = MeasureWords.class.getResourceAsStream("measure-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource [measure-words.txt] not found");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), blockedNext);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read [measure-words.txt]", e);
    }
  }

  /** Reads a lexicon: one word per line, optional canonical form after whitespace, '#' comments. */
  static MeasureWords read(BufferedReader reader, Map<String, String> blockedNext) throws IOException {
    Map<String, String> words = new LinkedHashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("\\s+");
      if (parts.length > 2) {
        throw new IllegalArgumentException("bad measure-word line [" + line + "]");
      }
      words.put(parts[0], parts.length == 2 ? parts[1] : parts[0]);
    }
    return new MeasureWords(words, blockedNext);
  }

  /** The longest unit that starts exactly at {@code pos}, unless it is the head of another word. */
  public Optional<Match> at(CharSequence text, int pos) {
    if (pos >= text.length()) {
      return Optional.empty();
    }
    Long lengths = lengthsByFirst.get(text.charAt(pos));
    if (lengths == null) {
      return Optional.empty();
    }
    for (int len = Math.min(longest, text.length() - pos); len >= 1; len--) {
      if ((lengths & (1L << (len - 1))) == 0) {
        continue;
      }
      String w = text.subSequence(pos, pos + len).toString();
      String unit = canonical.get(w);
      if (unit != null && !blocked(w, text, pos + len)) {
        return Optional.of(new Match(pos + len, unit));
      }
    }
    return Optional.empty();
  }

  /** True if {@code word} is a unit of this lexicon. */
  public boolean contains(String word) {
    return canonical.containsKey(word);
  }

  private boolean blocked(String word, CharSequence text, int next) {
    String after = blockedNext.get(word);
    return after != null && next < text.length() && after.indexOf(text.charAt(next)) >= 0;
  }
}
