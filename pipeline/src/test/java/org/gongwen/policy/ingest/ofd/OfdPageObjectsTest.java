package org.gongwen.policy.ingest.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongwen.policy.ingest.pdf.Glyph;
import org.gongwen.policy.ingest.pdf.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;

/** Case tables of the OFD page objects: a path object → its rules, a text object → its glyphs. */
class OfdPageObjectsTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "path-object-rules.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void pathObjectGivesRules(String name, String boundary, String ctm, String stroke, String fill,
      String strokeColor, String fillColor, String visible, String data, String expected) {
    PathObject p = new CT_Path().toObj(new ST_ID(1));
    p.setBoundary(ST_Box.getInstance(boundary));
    if (!ctm.equals("-")) {
      p.setCTM(ST_Array.getInstance(ctm));
    }
    if (!stroke.equals("-")) {
      p.setStroke(Boolean.valueOf(stroke));
    }
    if (!fill.equals("-")) {
      p.setFill(Boolean.valueOf(fill));
    }
    if (!strokeColor.equals("-")) {
      p.setStrokeColor(new CT_Color().setValue(ST_Array.getInstance(strokeColor)));
    }
    if (!fillColor.equals("-")) {
      p.setFillColor(new CT_Color().setValue(ST_Array.getInstance(fillColor)));
    }
    if (!visible.equals("-")) {
      p.setVisible(Boolean.valueOf(visible));
    }
    p.setAbbreviatedData(new AbbreviatedData(AbbreviatedData.parse(data)));
    List<Rule> rules = PathObjectRules.rules(p);
    String got = rules.isEmpty() ? "none" : rules.stream().map(OfdPageObjectsTest::rule).collect(Collectors.joining(" "));
    assertEquals(expected, got, name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "text-object-glyphs.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void textObjectGivesGlyphs(String name, String boundary, String ctm, double size, double x, double y,
      String deltaX, String content, String expected) {
    TextObject t = new CT_Text().toObj(new ST_ID(1));
    t.setBoundary(ST_Box.getInstance(boundary));
    if (!ctm.equals("-")) {
      t.setCTM(ST_Array.getInstance(ctm));
    }
    t.setSize(size);
    TextCode code = new TextCode().setContent(content);
    code.setX(x);
    code.setY(y);
    if (!deltaX.equals("-")) {
      code.setDeltaX(ST_Array.getInstance(deltaX));
    }
    t.addTextCode(code);
    String got = TextObjectGlyphs.glyphs(List.of(t)).stream().map(OfdPageObjectsTest::glyph)
        .collect(Collectors.joining(" "));
    assertEquals(expected, got, name);
  }

  private static String rule(Rule r) {
    return String.format(Locale.ROOT, "%s@%.1f[%.1f,%.1f]", r.horizontal() ? "H" : "V", r.at(), r.from(), r.to());
  }

  private static String glyph(Glyph g) {
    return String.format(Locale.ROOT, "%s@%.1f,%.1fw%.1fs%.1f", g.text(), g.x(), g.baseline(), g.width(), g.size());
  }
}
