package org.gongwen.policy.extract.goal;

import java.util.List;
import java.util.Set;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.language.Token;

/**
 * The shortest phrase naming what is measured (spec §5 {@code indicator}): segments the phrase before a
 * number with HanLP and drops the verbs, adverbs, prepositions and conjunctions that lead it
 * ({@code 拥有示范家庭农场} → {@code 示范家庭农场}, {@code 新培育老年食堂} → {@code 老年食堂}) and the
 * verbs that end it; {@code 新增造林面积} stays whole, 新增X being an indicator name of its own. Verbal nouns stay ({@code 技术交易额}, {@code 研发投入}). What the verb said is kept
 * in the target's {@code kind}.
 */
public final class IndicatorTrimmer {

  private final ChineseSegmenter segmenter;
  /**
   * Verbs that state the goal, not what is measured (lexicon {@code target/trimmed-verbs}). Only these are
   * stripped: the segmenter also tags modifiers as verbs ({@code 创新/vi 券使用额}, {@code 领/v 军型}), and
   * {@code 新增…} names an indicator of its own ({@code 新增造林面积}, {@code 新增就业人数}).
   */
  private final Set<String> goalVerbs;

  public IndicatorTrimmer(ChineseSegmenter segmenter, Set<String> goalVerbs) {
    this.segmenter = segmenter;
    this.goalVerbs = Set.copyOf(goalVerbs);
  }

  /** A trimmer stripping the lexicon's goal verbs. */
  public IndicatorTrimmer(ChineseSegmenter segmenter, TargetWords words) {
    this(segmenter, words.trimmedVerbs);
  }

  public String trim(String phrase) {
    if (phrase.length() < 3) {
      return phrase;
    }
    List<Token> tokens = segmenter.tokens(phrase);
    int first = 0;
    while (first < tokens.size() && leading(tokens, first)) {
      first++;
    }
    int last = tokens.size();
    while (last > first && trailing(tokens.get(last - 1))) {
      last--;
    }
    if (first >= last) {
      return ""; // only verbs and function words: the thing measured is elsewhere (建成运营 8家省级重点实验室)
    }
    String trimmed = phrase.substring(tokens.get(first).offset(), tokens.get(last - 1).end());
    return trimmed.length() >= 2 ? trimmed : phrase;
  }

  private boolean leading(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (strippableVerb(t) || isFunctionWord(t)) {
      return true;
    }
    // 新/a 培育/v: an adjective that only qualifies the verb after it
    return t.nature().equals("a") && i + 1 < tokens.size() && strippableVerb(tokens.get(i + 1));
  }

  private boolean trailing(Token t) {
    return strippableVerb(t) || t.nature().equals("w");
  }

  private boolean strippableVerb(Token t) {
    return t.verb() && goalVerbs.contains(t.word());
  }

  private static boolean isFunctionWord(Token t) {
    String n = t.nature();
    return n.equals("d") || n.equals("p") || n.equals("c") || n.startsWith("u") || n.equals("w");
  }
}
