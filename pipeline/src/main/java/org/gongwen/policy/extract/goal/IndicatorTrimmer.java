package org.gongwen.policy.extract.goal;

import java.util.List;
import java.util.Set;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.language.Token;

/**
 * The shortest phrase naming what is measured (spec §5 {@code indicator}): segments the phrase before a
 * number with HanLP and drops the verbs, adverbs, prepositions and conjunctions that lead it
 * ({@code 拥有高新技术企业} → {@code 高新技术企业}, {@code 新培育高能级创新平台} → {@code 高能级创新平台}) and the
 * verbs that end it; {@code 新增孵化面积} stays whole, 新增X being an indicator name of its own. Verbal nouns stay ({@code 技术交易额}, {@code 研发投入}). What the verb said is kept
 * in the target's {@code kind}.
 */
public final class IndicatorTrimmer {

  private final ChineseSegmenter segmenter;

  public IndicatorTrimmer(ChineseSegmenter segmenter) {
    this.segmenter = segmenter;
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
      return ""; // only verbs and function words: the thing measured is elsewhere (建成拥有 10家高能级创新平台)
    }
    String trimmed = phrase.substring(tokens.get(first).offset(), tokens.get(last - 1).end());
    return trimmed.length() >= 2 ? trimmed : phrase;
  }

  private static boolean leading(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (strippableVerb(t) || isFunctionWord(t)) {
      return true;
    }
    // 新/a 培育/v: an adjective that only qualifies the verb after it
    return t.nature().equals("a") && i + 1 < tokens.size() && strippableVerb(tokens.get(i + 1));
  }

  private static boolean trailing(Token t) {
    return strippableVerb(t) || t.nature().equals("w");
  }

  /**
   * Verbs that state the goal, not what is measured. Only these are stripped: the segmenter also tags
   * modifiers as verbs ({@code 创新/vi 券使用额}, {@code 领/v 军型}), and {@code 新增…} names an indicator
   * of its own ({@code 新增孵化面积}, {@code 新增就业人数}).
   */
  private static final Set<String> GOAL_VERBS = Set.of(
      "拥有", "培育", "引进", "引入", "引育", "招引", "建成", "集聚", "实现", "推动", "推进", "完成", "打造",
      "新建", "创建", "吸引", "入选", "实施", "达到", "突破", "形成", "建立", "带动", "开展", "发放", "筹集",
      "投用", "落地", "争取", "力争", "确保", "累计", "保持", "提升", "提高", "扩大", "建设成", "认定", "组建");

  private static boolean strippableVerb(Token t) {
    return t.verb() && GOAL_VERBS.contains(t.word());
  }

  private static boolean isFunctionWord(Token t) {
    String n = t.nature();
    return n.equals("d") || n.equals("p") || n.equals("c") || n.startsWith("u") || n.equals("w");
  }
}
