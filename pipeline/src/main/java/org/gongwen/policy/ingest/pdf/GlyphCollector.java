package org.gongwen.policy.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with PDFBox's text engine, keeping its handling of fonts, Unicode
 * mapping and overlapping duplicate glyphs (fake bold) but none of its line and word building, and in the
 * same content-stream pass the page's drawing: the graphics operators of {@link RulingOperators} record
 * its rules and image area ({@link #drawing()}), so a page is parsed once, not once more by
 * {@link RuleCollector}. Type 3 glyph procedures, which the text engine does not run, are run for their
 * drawing only (as a graphics engine would), never for text. One instance serves one document on one
 * thread.
 */
public final class GlyphCollector extends PDFTextStripper {

  private final List<TextPosition> positions = new ArrayList<>();
  private final RuleRecorder rules = new RuleRecorder(new PageFrame(0, 0, 0, 0, 0));
  private int unmapped;
  /** How many glyphs the text engine has handed to {@link #processTextPosition} (mapped ones only). */
  private int handedOn;
  /** The page {@link #glyphs} reads: the only one {@link #processPages} hands on. */
  private PDPage page;
  /** How deep in Type 3 glyph procedures the pass is: there glyphs are not text, only drawing. */
  private int type3Depth;

  public GlyphCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
    for (OperatorProcessor operator : RulingOperators.of(this, rules)) {
      addOperator(operator);
    }
  }

  /** The glyphs of page {@code pageNo} (1-based), in content order, in the page's main text direction. */
  public List<Glyph> glyphs(PDDocument document, int pageNo) throws IOException {
    PDPage read = document.getPage(pageNo - 1);
    return glyphs(document, read, PageFrame.of(read));
  }

  /**
   * The glyphs of {@code page}, a page of {@code document} whose frame the caller has already taken
   * (finding a page in the page tree and reading its boxes again would cost as much as a short page).
   */
  public List<Glyph> glyphs(PDDocument document, PDPage page, PageFrame frame) throws IOException {
    positions.clear();
    unmapped = 0;
    this.page = page;
    rules.start(frame);
    getText(document);
    float[] directions = new float[positions.size()];
    for (int i = 0; i < directions.length; i++) {
      directions[i] = positions.get(i).getDir();
    }
    float mainDirection = mainDirection(directions);
    List<Glyph> out = new ArrayList<>(positions.size());
    for (int i = 0; i < directions.length; i++) {
      TextPosition p = positions.get(i);
      String text = p.getUnicode();
      if (text == null || text.isEmpty() || directions[i] != mainDirection) {
        continue;
      }
      float size = p.getFontSizeInPt();
      if (size <= 0.5f) {
        size = p.getHeightDir() > 0 ? p.getHeightDir() * 1.4f : 10f;
      }
      out.add(new Glyph(text, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size));
    }
    positions.clear();
    return out;
  }

  /**
   * How many glyphs the last page read showed in a composite (CID) font that maps them to no Unicode
   * (no {@code ToUnicode} CMap and no usable encoding): PDFBox drops these, so they are counted here.
   */
  public int unmapped() {
    return unmapped;
  }

  /**
   * The rules the last page read paints and the share of it its images cover, in display coordinates
   * (what {@link RuleCollector#scan} gives for the page).
   */
  public PageDrawing drawing() {
    return rules.drawing();
  }

  /**
   * Reads only the page asked for. PDFTextStripper would walk the whole page tree and skip the pages out
   * of its range, once per page read: quadratic in the pages of the document. The stripper's page range
   * is left at all pages, so its first page number (1) is in range.
   */
  @Override
  protected void processPages(PDPageTree pages) throws IOException {
    if (page.hasContents()) {
      processPage(page);
    }
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    if (type3Depth == 0) {
      // the text engine drops a composite-font glyph without Unicode (and hands on every other one):
      // a glyph it did not hand on is unmapped, seen without a second Unicode lookup per glyph
      int before = handedOn;
      super.showGlyph(textRenderingMatrix, font, code, displacement);
      if (handedOn == before && font instanceof PDType0Font) {
        unmapped++;
      }
    }
    if (font instanceof PDType3Font type3) {
      PDType3CharProc procedure = type3.getCharProc(code);
      if (procedure != null) {
        type3Depth++;
        try {
          // the text position keeps the matrix; the procedure's run changes its own copy
          processType3Stream(procedure, textRenderingMatrix.clone());
        } finally {
          type3Depth--;
        }
      }
    }
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    handedOn++;
    super.processTextPosition(text);
  }

  @Override
  protected void writePage() {
    for (List<TextPosition> article : getCharactersByArticle()) {
      positions.addAll(article);
    }
  }

  /** The most frequent direction (ties resolved by the map's order, as before), 0 for no glyphs. */
  private static float mainDirection(float[] directions) {
    if (directions.length == 0) {
      return 0f;
    }
    // nearly every page has one direction: then it is the answer, without counting
    float first = directions[0];
    int i = 1;
    while (i < directions.length && Float.compare(directions[i], first) == 0) {
      i++;
    }
    if (i == directions.length) {
      return first;
    }
    Map<Float, Integer> counts = new HashMap<>();
    for (float d : directions) {
      counts.merge(d, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(0f);
  }
}
