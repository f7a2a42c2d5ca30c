package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.gongwen.policy.lexicon.Lexicon;

/** Pages built from glyphs directly: one glyph per character, 16 pt, 28 pt line distance. */
class PageLayoutTest {

  private static final float EM = 16f;
  private static final float LEFT = 90f;
  private static final float RIGHT = LEFT + 28 * EM; // 28 characters a full line

  /** A visual line of {@code text} starting {@code indent} em right of the margin. */
  private static List<Glyph> line(String text, float indent, float baseline) {
    List<Glyph> out = new ArrayList<>();
    float x = LEFT + indent * EM;
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x, baseline, EM, EM));
      x += EM;
    }
    return out;
  }

  private static String page(List<List<Glyph>> lines) {
    List<Glyph> glyphs = new ArrayList<>();
    lines.forEach(glyphs::addAll);
    return new PageLayout(Lexicon.standard()).render(glyphs, List.of(), 842f);
  }

  private static String full(String start) {
    StringBuilder sb = new StringBuilder(start);
    while (sb.length() < 28) {
      sb.append('文');
    }
    return sb.toString();
  }

  @Test
  void headingAfterAFullLastLineStartsItsOwnBlock() {
    String last = full("各项任务").substring(1) + "。"; // a full line that ends the paragraph
    String text = page(List.of(
        line(full("（三）加强考核。"), 0, 200),
        line(last, 0, 228),
        line("四、保障措施", 0, 256)));
    assertEquals(full("（三）加强考核。") + last + "\n\n四、保障措施", text);
  }

  @Test
  void wrappedLinesWithoutMarkerStayOneParagraph() {
    String text = page(List.of(
        line(full("为规范实施补贴政策").substring(2), 2, 200),
        line(full("充分发挥政策效益"), 0, 228),
        line("推动高质量发展。", 0, 256)));
    assertEquals(1, text.split("\n\n").length, text);
  }

  @Test
  void distributionListSpansItsThreeLines() {
    String text = page(List.of(
        line("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，", 0, 600),
        line("省法院，省检察院，省军区，各民主党派省委，", 3, 628),
        line("省工商联，各人民团体。", 3, 656),
        line("某某省人民政府办公厅　2024年5月6日印发", 0, 690)));
    assertEquals("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区，各民主党派省委，"
        + "省工商联，各人民团体。\n\n某某省人民政府办公厅 2024年5月6日印发", text);
  }

  @Test
  void contentsPageGivesNoEntries() {
    String text = page(List.of(
        line("目录", 12, 100),
        line("一、总则....................1", 0, 130),
        line("二、主要任务................3", 0, 160),
        line("（一）加强统筹..............4", 2, 190),
        line("三、保障措施................9", 0, 220)));
    assertEquals("目录", text);
  }

  @Test
  void frameAroundOneParagraphIsNoTable() {
    List<Rule> frame = List.of(
        new Rule(true, 180, LEFT - 5, RIGHT + 5), new Rule(true, 270, LEFT - 5, RIGHT + 5),
        new Rule(false, LEFT - 5, 180, 270), new Rule(false, RIGHT + 5, 180, 270),
        // a second frame beside a marker, as word processors leave from text frames
        new Rule(false, LEFT + 4 * EM, 180, 270));
    List<Glyph> glyphs = new ArrayList<>(line("一、", 0, 200));
    glyphs.addAll(line(full("总体要求以新时代思想为指导"), 4.2f, 200).subList(0, 20));
    String text = new PageLayout(Lexicon.standard()).render(glyphs, frame, 842f);
    assertEquals(false, text.contains("\t"), text);
  }
}
