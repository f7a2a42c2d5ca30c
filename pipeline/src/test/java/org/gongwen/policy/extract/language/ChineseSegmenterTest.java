package org.gongwen.policy.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-instance cache gives exactly what a fresh segmenter gives, shared and unmodifiable. */
class ChineseSegmenterTest {

  @ParameterizedTest
  @ValueSource(strings = {"新培育高能级创新平台", "由市交通运输局牵头，市财政局配合", "区投资促进服务中心负责招商",
      "到2025年，全省农作物耕种收综合机械化率达到75%", "各乡镇（街道）负责组织实施"})
  void cachedTokensEqualFreshOnes(String text) {
    ChineseSegmenter shared = new ChineseSegmenter(List.of("区投资促进服务中心"));
    List<Token> first = shared.tokens(text);
    List<Token> again = shared.tokens(text);
    assertSame(first, again, "the second call is served from the cache");
    assertEquals(new ChineseSegmenter(List.of("区投资促进服务中心")).tokens(text), again);
    assertThrows(UnsupportedOperationException.class, () -> again.add(new Token("x", "x", 0)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7})
  void forgettingKeepsResults(int salt) {
    ChineseSegmenter seg = new ChineseSegmenter(List.of(), 4);
    List<Token> before = seg.tokens("完善职业教育制度体系");
    for (int i = 0; i <= 4; i++) {
      seg.tokens("第" + (i + salt) + "项");
    }
    assertEquals(before, seg.tokens("完善职业教育制度体系"));
  }
}
