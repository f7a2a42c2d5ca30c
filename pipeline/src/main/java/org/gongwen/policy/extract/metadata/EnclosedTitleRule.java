package org.gongwen.policy.extract.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: the title of the document a notice forwards. The 《》 content of the title when it has one;
 * else the X of {@code (关于)印发X的通知} (any forward verb). For a reposted document
 * ({@code 关于转发市发改委X的通知}) the organ that issued X is not part of its title: a leading organ
 * name (up to 关于 in X, or the shortest name ending in an organ suffix) is dropped.
 */
public final class EnclosedTitleRule {

  private static final Pattern BOOK = Pattern.compile("《(.+?)》");

  private final MetadataWords words;
  private final OrganNames organs;
  private final Pattern plain;
  private final Pattern afterOrgan;

  public EnclosedTitleRule(MetadataWords words, OrganNames organs) {
    this.words = words;
    this.organs = organs;
    String verbs = MetadataWords.alternation(words.forwardVerbs());
    this.plain = Pattern.compile("(?:^|关于)(" + verbs + ")(.+?)的通知$");
    this.afterOrgan = Pattern.compile("^(.+?)(" + verbs + ")(.+?)的通知$");
  }

  /** The enclosed title of {@code title} (whitespace removed), or null. */
  public String apply(String title) {
    if (title == null) {
      return null;
    }
    Matcher b = BOOK.matcher(title);
    if (b.find()) {
      return b.group(1);
    }
    Matcher p = plain.matcher(title);
    if (!p.find()) {
      Matcher o = afterOrgan.matcher(title);
      if (!o.find() || !organs.allOrgans(o.group(1))) {
        return null;
      }
      return withoutIssuer(o.group(2), o.group(3));
    }
    return withoutIssuer(p.group(1), p.group(2));
  }

  private String withoutIssuer(String verb, String x) {
    if (words.repostingVerbs().stream().noneMatch(verb::equals)) {
      return x;
    }
    int about = x.indexOf("关于");
    if (about > 0 && organs.allOrgans(x.substring(0, about))) {
      return x.substring(about);
    }
    int limit = Math.min(x.length() - 4, 20);
    for (int i = 2; i <= limit; i++) {
      if (organs.isOrgan(x.substring(0, i))) {
        int end = i;
        for (int j = end + 1; j <= Math.min(limit, end + 3); j++) {
          if (organs.isOrgan(x.substring(0, j))) {
            end = j;
          }
        }
        return x.substring(end);
      }
    }
    return x;
  }
}
