package org.gongwen.policy.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four GB/T 9704 heading levels, each owning its pattern. A level-3 number must not be followed by a
 * digit, so {@code 2.5%} and {@code 1.2021年…} are not headings; {@code 2024年} has no separator at all.
 */
public enum HeadingLevel {
  /** {@code 一、指导思想}. */
  ONE(1, "([一二三四五六七八九十]{1,3})\\s*、\\s*"),
  /** {@code （一）实施…} with full- or half-width brackets. */
  TWO(2, "[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*[、，,．.]?\\s*"),
  /** {@code 1. 强化…}, {@code 1、}, {@code 1．}. */
  THREE(3, "(\\d{1,2})\\s*[.、．](?![\\d.])\\s*"),
  /** {@code （1）提质…}. */
  FOUR(4, "[（(]\\s*(\\d{1,2})\\s*[）)]\\s*[、，,．.]?\\s*");

  private final int level;
  private final Pattern pattern;

  HeadingLevel(int level, String prefix) {
    this.level = level;
    this.pattern = Pattern.compile("^" + prefix);
  }

  public int level() {
    return level;
  }

  /** The numeral and the offset where the heading text starts, if the line starts with this marker. */
  public Optional<Marker> match(String line) {
    Matcher m = pattern.matcher(line);
    if (!m.find() || m.end() >= line.length()) {
      return Optional.empty();
    }
    return Optional.of(new Marker(this, m.group(1), m.end()));
  }

  /** The first level whose marker starts the line. */
  public static Optional<Marker> detect(String line) {
    for (HeadingLevel l : values()) {
      Optional<Marker> m = l.match(line);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** A matched heading marker: its level, bare numeral and where the text after it starts. */
  public record Marker(HeadingLevel level, String number, int textStart) {}
}
