package org.gongwen.policy.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.ingest.pdf.Glyph;
import org.gongwen.policy.ingest.pdf.PageLayout;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Reads OFD files (GB/T 33190, the national format for 公文 e-documents) with ofdrw: every text object's
 * characters are placed where the page shows them ({@code TextCode} position plus the {@code DeltaX}
 * advances, {@code g} runs expanded), converted from millimetres to points, and laid out into lines,
 * paragraphs and pages by the same {@link PageLayout} as PDF text, so an OFD and a PDF of one notice give
 * the same text. Tables have no ruling here (path objects are not read): tab rows the layout writes are
 * found by {@link TabTables}. Page text is joined like {@link PdfReader}'s: a blank line between pages and
 * one offset per page in {@link ExtractedText#pageStarts()}.
 */
public final class OfdReader implements DocumentReader {

  /** The media type {@link DocumentReaders} gives a ZIP package whose root holds {@code OFD.xml}. */
  public static final String MEDIA_TYPE = "application/ofd";
  private static final float PT_PER_MM = 72f / 25.4f;

  private final PageLayout layout;

  /** @param lexicon gives the page layout rules their words */
  public OfdReader(Lexicon lexicon) {
    this.layout = new PageLayout(lexicon);
  }

  @Override
  public String name() {
    return "ofd";
  }

  @Override
  public boolean accepts(String mediaType) {
    return MEDIA_TYPE.equals(mediaType);
  }

  @Override
  public ExtractedText read(Path file, String mediaType) throws InputException {
    try (OFDReader reader = new OFDReader(file)) {
      ContentExtractor content = new ContentExtractor(reader);
      int pages = reader.getNumberOfPages();
      StringBuilder text = new StringBuilder();
      List<Integer> pageStarts = new ArrayList<>(pages);
      for (int i = 1; i <= pages; i++) {
        pageStarts.add(text.length());
        ST_Box size = reader.getPageInfo(i).getSize();
        float height = size == null ? 297f * PT_PER_MM : (float) (size.getHeight() * PT_PER_MM);
        String page = layout.render(glyphs(content.getPageTextObject(i)), List.of(), height);
        if (!page.isEmpty()) {
          text.append(page).append("\n\n");
        }
      }
      if (text.toString().isBlank()) {
        throw new InputException(file, InputException.Reason.NO_TEXT,
            pages + (pages == 1 ? " page" : " pages") + " but no text objects (scanned or outlined OFD?)");
      }
      text.setLength(text.length() - 1);
      for (int i = 0; i < pageStarts.size(); i++) {
        pageStarts.set(i, Math.min(pageStarts.get(i), text.length()));
      }
      String joined = text.toString();
      return new ExtractedText(joined, pageStarts, TabTables.find(joined), MEDIA_TYPE, null, List.of());
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InputException(file, InputException.Reason.CORRUPT, "corrupt OFD: " + TikaReader.shortCause(e), e);
    }
  }

  /** The characters of the text objects, positioned in points from the page's top left. */
  static List<Glyph> glyphs(List<TextObject> objects) {
    List<Glyph> out = new ArrayList<>();
    for (TextObject t : objects) {
      ST_Box box = t.getBoundary();
      double x0 = box == null ? 0 : box.getTopLeftX();
      double y0 = box == null ? 0 : box.getTopLeftY();
      double size = t.getSize() == null ? 3.5 : t.getSize();
      double x = 0;
      double y = 0;
      for (TextCode code : t.getTextCodes()) {
        String chars = code.getContent();
        if (chars == null) {
          continue;
        }
        x = code.getX() == null ? x : code.getX();
        y = code.getY() == null ? y : code.getY();
        List<Double> deltas = deltas(code.getDeltaX());
        int k = 0;
        for (int i = 0; i < chars.length(); ) {
          int cp = chars.codePointAt(i);
          i += Character.charCount(cp);
          double advance = k < deltas.size() ? deltas.get(k) : size;
          out.add(new Glyph(new String(Character.toChars(cp)), (float) ((x0 + x) * PT_PER_MM),
              (float) ((y0 + y) * PT_PER_MM), (float) (Math.min(advance, size) * PT_PER_MM),
              (float) (size * PT_PER_MM)));
          x += advance;
          k++;
        }
      }
    }
    return out;
  }

  /** The advances of a {@code DeltaX}, with {@code g n v} (n times v) expanded. */
  static List<Double> deltas(ST_Array array) {
    List<Double> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    List<String> items = array.getArray();
    for (int i = 0; i < items.size(); i++) {
      String s = items.get(i);
      try {
        if (s.equals("g") && i + 2 < items.size()) {
          int n = Integer.parseInt(items.get(i + 1));
          double v = Double.parseDouble(items.get(i + 2));
          for (int k = 0; k < n; k++) {
            out.add(v);
          }
          i += 2;
        } else {
          out.add(Double.parseDouble(s));
        }
      } catch (NumberFormatException e) {
        return out;
      }
    }
    return out;
  }
}
