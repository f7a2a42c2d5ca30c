package org.gongwen.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextKeyTest {

  @Test
  void nullStaysNull() {
    assertNull(TextKey.of(null));
  }

  @Test
  void nfkcFoldsFullWidthForms() {
    assertEquals(TextKey.of("R&D经费2.5%"), TextKey.of("Ｒ＆Ｄ经费２．５％"));
  }

  @Test
  void dropsEveryKindOfWhitespace() {
    assertEquals("区委组织部", TextKey.of(" 区委\u3000组织\t部\n\u00a0"));
    assertEquals("科创投资基金", TextKey.of("科创投资 基金"));
  }

  @Test
  void firstBracketGroupIsOnePair() {
    String expected = TextKey.of("区委组织部(区人才办)");
    for (String s : new String[] {"区委组织部（区人才办）", "区委组织部〈区人才办〉", "区委组织部<区人才办>",
        "区委组织部【区人才办】", "区委组织部＜区人才办＞"}) {
      assertEquals(expected, TextKey.of(s), s);
    }
  }

  @Test
  void secondBracketGroupIsAnotherPair() {
    assertEquals(TextKey.of("温鹿政发[2022]68号"), TextKey.of("温鹿政发〔2022〕68号"));
    assertEquals(TextKey.of("温鹿政发[2022]68号"), TextKey.of("温鹿政发［2022］68号"));
    assertNotEquals(TextKey.of("温鹿政发(2022)68号"), TextKey.of("温鹿政发〔2022〕68号"));
  }

  @Test
  void dropsTrailingPunctuationRepeatedly() {
    assertEquals("强化科技企业群体培育", TextKey.of("强化科技企业群体培育。"));
    assertEquals("强化科技企业群体培育", TextKey.of("强化科技企业群体培育；，：。 "));
    assertEquals("强化科技企业群体培育", TextKey.of("强化科技企业群体培育;,:"));
    assertEquals("一、二", TextKey.of("一、二。"), "、 is not trailing punctuation of §8");
    assertEquals("甲,乙", TextKey.of("甲，乙"), "inner punctuation stays, in NFKC form");
  }
}
