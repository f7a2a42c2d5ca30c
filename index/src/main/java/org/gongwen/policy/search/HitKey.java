package org.gongwen.policy.search;

/**
 * The key of a hit in a relevance set, stable across re-extraction as long as the extracted values stay:
 * {@code STEM} for a document, {@code STEM/task/NUMBER TITLE} for a task,
 * {@code STEM/target/INDICATOR@YEAR} for a target ({@code -} for no year). STEM is the source file's
 * name up to its first dot, so {@code seeds/000_x.txt} and {@code samples/mini/a.txt} key as
 * {@code 000_x} and {@code a}.
 */
public final class HitKey {

  private HitKey() {}

  public static String of(SearchHit hit) {
    String stem = stem(hit.file());
    return switch (hit.type()) {
      case "task" -> stem + "/task/" + hit.number() + " " + hit.title();
      case "target" -> stem + "/target/" + hit.indicator() + "@" + (hit.year() == null ? "-" : hit.year());
      default -> stem;
    };
  }

  /** File name without directories and without everything from its first dot. */
  public static String stem(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
