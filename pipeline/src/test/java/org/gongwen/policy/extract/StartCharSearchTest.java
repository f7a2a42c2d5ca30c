package org.gongwen.policy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartCharSearchTest {

  /** Pattern, whether its start chars are read, a text, whether it occurs there. */
  @ParameterizedTest(name = "{0} in {2}")
  @CsvSource(delimiterString = " ; ", value = {
      "(?:排|列|位列)(?:在|于)?第一位?的?(?:为|是)牵头 ; true ; 各部门按职责分工，排在第一位的为牵头单位 ; true",
      "(?:排|列|位列)(?:在|于)?第一位?的?(?:为|是)牵头 ; true ; 列第一位者为牵头单位 ; false",
      "第一个(?:逗号|，)(?:之?前|以前)的?(?:单位|部门)?(?:为|是)牵头 ; true ; 第一个逗号前的单位为牵头单位 ; true",
      "[（(][一二三四五六七八九十]+[)）] ; true ; 见（三） ; true",
      "[0-9]{2,4}\\s*年 ; false ; 到2025年 ; true",
      "(?:至少)?达到 ; true ; 力争达到 ; true",
      "(?:至少)? ; false ; 力争 ; true",
      "^牵头 ; false ; 牵头单位 ; true",
      "(?=牵)牵头 ; false ; 由某局牵头 ; true",
      "a{0,2}b ; true ; xaab ; true",
      "[^，]牵头 ; false ; 由某局牵头 ; true",
      "\\(括号\\) ; true ; (括号) ; true",
  })
  void findsWhatFindFinds(String regex, boolean narrowed, String text, boolean found) {
    StartCharSearch s = new StartCharSearch(Pattern.compile(regex));
    assertEquals(narrowed, s.narrowed(), "start chars read");
    assertEquals(found, s.find(text));
    assertEquals(Pattern.compile(regex).matcher(text).find(), s.find(text));
  }

  /** The lead conventions of the lexicon are in the subset, and agree with find() on random texts made of their pieces. */
  @Test
  void agreesWithFindOnTheLexiconConventions() {
    List<String> lines = Lexicon.standard().words("task/lead-conventions");
    String[] tokens = {"排", "列", "位列", "排名", "名列", "在", "于", "第一", "第一位", "首位", "第一个", "首个", "最前", "的",
        "者", "单位", "部门", "为", "是", "牵头", "逗号", "，", "之前", "前", "以前", "各", "局", "、"};
    Random random = new Random(14);
    int found = 0;
    for (String line : lines) {
      Pattern p = Pattern.compile(line.substring(line.indexOf('\t') + 1).strip());
      StartCharSearch s = new StartCharSearch(p);
      assertTrue(s.narrowed(), p.pattern());
      for (int round = 0; round < 20000; round++) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          b.append(tokens[random.nextInt(tokens.length)]);
        }
        String text = b.toString();
        boolean expected = p.matcher(text).find();
        assertEquals(expected, s.find(text), p.pattern() + " in " + text);
        found += expected ? 1 : 0;
      }
    }
    assertTrue(found > 0, "no random text held a convention");
  }
}
