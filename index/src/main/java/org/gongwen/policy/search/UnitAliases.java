package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Short and full names of one government unit ({@code search/unit-aliases} in the lexicon): 区科技局 and
 * 区科学技术局 are one unit. A name is a prefix (level or place: 区, 市, 德清县) plus a core name; the
 * longest core in the table that ends the name decides. {@link #canonical} gives the prefix plus the full
 * core, {@link #variants} every spelling of the same unit. Names matching no core are their own key.
 * Immutable.
 */
public final class UnitAliases {

  /** The lexicon list this table is read from. */
  public static final String LIST = "search/unit-aliases";

  /** Every core name (full or short) → its full name. */
  private final Map<String, String> fullOf;
  /** Full name → every spelling (full first). */
  private final Map<String, List<String>> spellings;
  /** Core names, longest first. */
  private final List<String> cores;

  private UnitAliases(Map<String, String> fullOf, Map<String, List<String>> spellings) {
    this.fullOf = Map.copyOf(fullOf);
    this.spellings = Map.copyOf(spellings);
    List<String> c = new ArrayList<>(fullOf.keySet());
    c.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    this.cores = List.copyOf(c);
  }

  /** The table of the lexicon's {@value #LIST}. */
  public static UnitAliases from(Lexicon lexicon) {
    return of(lexicon.words(LIST));
  }

  /** A table of {@code full<TAB>short<TAB>short…} lines. */
  public static UnitAliases of(List<String> lines) {
    Map<String, String> fullOf = new LinkedHashMap<>();
    Map<String, List<String>> spellings = new LinkedHashMap<>();
    for (String line : lines) {
      String[] names = line.strip().split("\t");
      String full = names[0].strip();
      Set<String> all = new LinkedHashSet<>(spellings.getOrDefault(full, List.of()));
      for (String n : names) {
        String name = n.strip();
        if (name.isEmpty()) {
          continue;
        }
        String earlier = fullOf.putIfAbsent(name, full);
        if (earlier != null && !earlier.equals(full)) {
          throw new IllegalArgumentException("unit alias [" + name + "] names two units: [" + earlier + "] and ["
              + full + "] (" + LIST + ")");
        }
        all.add(name);
      }
      spellings.put(full, List.copyOf(all));
    }
    return new UnitAliases(fullOf, spellings);
  }

  /** The canonical key: the name's prefix plus the full core name; the name itself when no core ends it. */
  public String canonical(String name) {
    String n = name.strip();
    String core = core(n);
    return core == null ? n : n.substring(0, n.length() - core.length()) + fullOf.get(core);
  }

  /** Every spelling of the same unit with the name's prefix, the name itself first. */
  public List<String> variants(String name) {
    String n = name.strip();
    String core = core(n);
    if (core == null) {
      return List.of(n);
    }
    String prefix = n.substring(0, n.length() - core.length());
    Set<String> out = new LinkedHashSet<>();
    out.add(n);
    for (String s : spellings.get(fullOf.get(core))) {
      out.add(prefix + s);
    }
    return List.copyOf(out);
  }

  private String core(String name) {
    for (String c : cores) {
      if (name.endsWith(c)) {
        return c;
      }
    }
    return null;
  }
}
