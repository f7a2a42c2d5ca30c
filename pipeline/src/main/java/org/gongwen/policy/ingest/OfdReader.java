package org.gongwen.policy.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.ingest.ofd.PathObjectRules;
import org.gongwen.policy.ingest.ofd.TextObjectGlyphs;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.ingest.pdf.PageLayout;
import org.gongwen.policy.ingest.pdf.Rule;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

/**
 * Reads OFD files (GB/T 33190, the national format for 公文 e-documents) with ofdrw as {@link PdfReader}
 * reads a PDF: the text objects' characters become glyphs where the page shows them and the path objects'
 * straight lines become rules ({@link org.gongwen.policy.ingest.ofd}), and the same {@link PageLayout}
 * rebuilds lines in reading order, paragraphs, page numbers to drop and ruled tables, handed over as
 * {@link SourceTable}s with their page. Pages are joined as for PDF ({@link PagedText}): a blank line
 * between pages and one offset per page in {@link ExtractedText#pageStarts()}. An OFD without text objects
 * (a scan, or glyphs drawn as outlines) is a typed {@code NO_TEXT} error.
 */
public final class OfdReader implements DocumentReader {

  /** The media type {@link DocumentReaders} gives a ZIP package whose root holds {@code OFD.xml}. */
  public static final String MEDIA_TYPE = "application/ofd";
  /** A4 height in millimetres, for a page that gives no size. */
  private static final double A4_HEIGHT_MM = 297;

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
      PagedText text = new PagedText();
      for (int i = 1; i <= pages; i++) {
        text.startPage();
        PageInfo info = reader.getPageInfo(i);
        ST_Box size = info.getSize();
        float height = (float) ((size == null ? A4_HEIGHT_MM : size.getHeight()) * TextObjectGlyphs.PT_PER_MM);
        text.add(i, layout.layout(TextObjectGlyphs.glyphs(content.getPageTextObject(i)), rules(info), height));
      }
      if (text.isBlank()) {
        throw new InputException(file, InputException.Reason.NO_TEXT,
            pages + (pages == 1 ? " page" : " pages") + " but no text objects (scanned or outlined OFD?)");
      }
      String joined = text.finish();
      return new ExtractedText(joined, text.pageStarts(), text.tables(), text.blocks(), MEDIA_TYPE, List.of());
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InputException(file, InputException.Reason.CORRUPT, "corrupt OFD: " + TikaReader.shortCause(e), e);
    }
  }

  /** The rules the page's layers (its own and its templates') draw. */
  private static List<Rule> rules(PageInfo info) {
    List<Rule> out = new ArrayList<>();
    for (CT_Layer layer : info.getAllLayer()) {
      out.addAll(PathObjectRules.rules(layer.getPageBlocks()));
    }
    return out;
  }
}
