package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ScannedPageRule#noTextLayer(List, float)} on glyph lists: visible characters are counted (blank
 * glyphs are not), and the answer is the same whether or not counting stops early.
 */
class ScannedPageRuleTest {

  @ParameterizedTest(name = "{0} visible + {1} blank glyphs, image share {2} -> {3}")
  @CsvSource({
      // visible, blank, imageShare, scanned
      "0, 0, 0.0, false",    // an empty page without images: nothing to read, but no scan
      "0, 5, 0.19, false",   // only spaces, too little image
      "0, 5, 0.2, true",     // only spaces on an image: a scan
      "0, 0, 0.9, true",
      "12, 3, 0.1, false",   // a few words, little image
      "12, 3, 0.49, false",  // a stamp on half an image is not yet a scan
      "12, 3, 0.5, true",    // a scanner app's stamp on a page image
      "40, 0, 0.95, true",   // at most the stamp's length
      "41, 0, 0.95, false",  // one more: the page has text
      "500, 40, 1.0, false", // a text page under a full-page background image
      "0, 0, NaN, false",    // an image share that cannot be computed counts as none
      "3, 0, NaN, false",
  })
  void glyphListDecides(int visible, int blank, float imageShare, boolean scanned) {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < visible + blank; i++) {
      // the spaces (a scanner's blank text runs) lead, then the visible characters
      glyphs.add(new Glyph(i < blank ? " " : "字", 10f * i, 100f, 10f, 10f));
    }
    assertEquals(visible, glyphs.stream().filter(g -> !g.blank()).count(), "test data");
    assertEquals(scanned, ScannedPageRule.noTextLayer(glyphs, imageShare));
  }
}
