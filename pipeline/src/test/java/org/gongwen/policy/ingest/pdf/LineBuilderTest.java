package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {

  /** Lays out {@code text} from x = 0 with each glyph {@code advance} wide and {@code gap} between. */
  private static List<Glyph> run(String text, float x, float baseline, float advance, float gap) {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      glyphs.add(new Glyph(text.substring(i, i + 1), x, baseline, advance, 10f));
      x += advance + gap;
    }
    return glyphs;
  }

  private static String line(List<Glyph> glyphs) {
    List<TextLine> lines = LineBuilder.lines(glyphs);
    assertEquals(1, lines.size(), lines::toString);
    return lines.get(0).text();
  }

  @Test
  void noSpacesBetweenLooselySetHanCharactersOrHanAndDigits() {
    // justified CJK text: a 0.4 em gap between glyphs, Han next to digits
    assertEquals("到2024年实现目标", line(run("到2024年实现目标", 0, 100, 10f, 4f)));
  }

  @Test
  void wordGapsInLatinTextBecomeSpaces() {
    List<Glyph> glyphs = new ArrayList<>(run("R&D", 0, 100, 6f, 0f));
    glyphs.addAll(run("spend", 18 + 3, 100, 6f, 0f));
    assertEquals("R&D spend", line(glyphs));
  }

  @Test
  void explicitSpaceGlyphsAreKeptOnce() {
    assertEquals("指 标", line(run("指  标", 0, 100, 10f, 0f)));
  }

  @Test
  void farApartPiecesOfCjkTextAreSeparated() {
    List<Glyph> glyphs = new ArrayList<>(run("附件", 0, 100, 10f, 0f));
    glyphs.addAll(run("清单", 200, 100, 10f, 0f));
    assertEquals("附件 清单", line(glyphs));
  }

  @Test
  void glyphsAreGroupedByBaselineAndOrderedByX() {
    List<Glyph> glyphs = new ArrayList<>(run("第二行", 0, 130, 10f, 0f));
    glyphs.addAll(run("第一行", 0, 100, 10f, 0f));
    glyphs.add(new Glyph("尾", 30, 101.5f, 10f, 10f)); // slightly off the baseline, same line
    List<TextLine> lines = LineBuilder.lines(glyphs);
    assertEquals(List.of("第一行尾", "第二行"), lines.stream().map(TextLine::text).toList());
  }

  @Test
  void joiningWrappedLines() {
    assertEquals("经济社会发展", Scripts.join("经济社", "会发展"));
    assertEquals("达到2024年", Scripts.join("达到", "2024年"));
    assertEquals("two words", Scripts.join("two", "words"));
    assertEquals("500(100)", Scripts.join("500(100", ")"));
    assertEquals("well-known", Scripts.join("well-", "known"));
    assertEquals("建筑面积25万平方米", Scripts.join("建筑面积2", "5万平方米"));
    assertEquals("国际专利申请量130(件)", Scripts.join("国际专利申请量", "130(件)"));
  }
}
