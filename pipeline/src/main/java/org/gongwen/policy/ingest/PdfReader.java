package org.gongwen.policy.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.ingest.pdf.Glyph;
import org.gongwen.policy.ingest.pdf.GlyphCollector;
import org.gongwen.policy.ingest.pdf.PageDrawing;
import org.gongwen.policy.ingest.pdf.ScannedPageRule;
import org.gongwen.policy.ingest.pdf.TesseractOcr;
import org.gongwen.policy.ingest.pdf.PageFrame;
import org.gongwen.policy.ingest.pdf.PageLayout;
import org.gongwen.policy.ingest.pdf.PageText;

/**
 * Reads PDF text layers with PDFBox, one page at a time, into the line contract of this package: lines
 * rebuilt from glyph positions (no spaces invented between CJK glyphs), one line per paragraph, ruled
 * tables as tab-separated rows and handed over as {@link SourceTable}s (cells with their row and column
 * spans, one per table piece on a page), running page numbers removed. See {@link PageLayout} for the rules.
 *
 * <p>Pages are separated by a blank line and never joined: a paragraph that runs over a page break comes
 * out as two paragraphs. {@link ExtractedText#pageStarts()} has one offset per page (an empty page starts
 * where the next one does). The file was checked (size, type) by {@link DocumentReaders}; a missing file is
 * {@code UNREADABLE} here.
 */
public final class PdfReader implements DocumentReader {

  /** Main memory the parser may use for stream buffers before spilling to a temp file. */
  private static final long MEMORY_BUDGET = 64L * 1024 * 1024;
  /** Share of unmapped glyphs from which the text layer is reported as garbled. */
  private static final double GARBLED_SHARE = 0.3;
  /** Resolution pages are rendered at for OCR. */
  static final float OCR_DPI = 300f;

  private final ReaderOptions options;
  private final TesseractOcr ocr;
  private final PageLayout layout;

  /** Reads text layers only; pages without one are reported. The lexicon gives the layout rules' words. */
  public PdfReader(Lexicon lexicon) {
    this(ReaderOptions.DEFAULT, lexicon);
  }

  /** Reads text layers, and with {@link ReaderOptions#ocr()} the pages without one with Tesseract. */
  public PdfReader(ReaderOptions options, Lexicon lexicon) {
    this.options = options;
    this.ocr = new TesseractOcr();
    this.layout = new PageLayout(lexicon);
  }

  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public boolean accepts(String mediaType) {
    return "application/pdf".equals(mediaType);
  }

  @Override
  public ExtractedText read(Path file, String mediaType) throws InputException {
    try (PDDocument document = open(file)) {
      if (!document.getCurrentAccessPermission().canExtractContent()) {
        throw encrypted(file, null);
      }
      return extract(file, document);
    } catch (IOException e) {
      // only close() can get here: the document was read
      throw new InputException(file, InputException.Reason.UNREADABLE, "cannot close PDF: " + e.getMessage(), e);
    }
  }

  private static PDDocument open(Path file) throws InputException {
    RandomAccessReadBufferedFile source;
    try {
      source = new RandomAccessReadBufferedFile(file);
    } catch (IOException e) {
      throw new InputException(file, InputException.Reason.UNREADABLE, "cannot read file: " + e.getMessage(), e);
    }
    try {
      // the document takes over the source and closes it
      return Loader.loadPDF(source, "", MemoryUsageSetting.setupMixed(MEMORY_BUDGET).streamCache);
    } catch (InvalidPasswordException e) {
      closeQuietly(source);
      throw encrypted(file, e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(source);
      throw new InputException(file, InputException.Reason.CORRUPT, "corrupt PDF: " + describe(e), e);
    }
  }

  private ExtractedText extract(Path file, PDDocument document) throws InputException {
    int pages = document.getNumberOfPages();
    if (pages == 0) {
      throw new InputException(file, InputException.Reason.CORRUPT, "corrupt PDF: no pages");
    }
    GlyphCollector glyphs = new GlyphCollector();
    PagedText text = new PagedText();
    List<String> warnings = new ArrayList<>();
    List<Integer> imageOnly = new ArrayList<>();
    List<Integer> recognised = new ArrayList<>();
    long droppedTotal = 0;
    PDFRenderer renderer = options.ocr() ? new PDFRenderer(document) : null;
    int failed = 0;
    Exception firstFailure = null;
    for (int i = 0; i < pages; i++) {
      text.startPage();
      PageText pageText;
      try {
        PDPage page = document.getPage(i);
        PageFrame frame = PageFrame.of(page);
        float height = frame.displayHeight();
        List<Glyph> pageGlyphs = glyphs.glyphs(document, page, frame);
        PageDrawing drawing = glyphs.drawing();
        int dropped = glyphs.unmapped();
        boolean scanned = ScannedPageRule.noTextLayer(pageGlyphs, drawing.imageShare());
        boolean undecodable = dropped > 0 && dropped >= visibleChars(pageGlyphs);
        if (scanned) {
          imageOnly.add(i + 1);
        }
        if (scanned && renderer == null) {
          continue;
        }
        if (renderer != null && (scanned || undecodable)) {
          BufferedImage image = renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY);
          pageText = layout.layout(ocr.read(image, OCR_DPI), List.of(), height);
          recognised.add(i + 1);
          if (undecodable && !scanned) {
            warnings.add("page " + (i + 1) + ": text layer cannot be decoded (fonts without a Unicode mapping), "
                + "read by OCR instead");
          }
        } else {
          pageText = layout.layout(pageGlyphs, drawing.rules(), height);
          droppedTotal += dropped;
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        firstFailure = firstFailure == null ? e : firstFailure;
        warnings.add("page " + (i + 1) + " could not be read: " + describe(e));
        continue;
      }
      text.add(i + 1, pageText);
    }
    if (failed == pages) {
      throw new InputException(
          file, InputException.Reason.CORRUPT, "corrupt PDF: " + describe(firstFailure), firstFailure);
    }
    if (text.isBlank() && droppedTotal > 0 && imageOnly.isEmpty()) {
      throw new InputException(file, InputException.Reason.GARBLED,
          "text layer cannot be decoded: " + droppedTotal + " glyphs in fonts without a Unicode mapping "
              + "(CID fonts without ToUnicode); --ocr reads the pages with Tesseract");
    }
    if (text.isBlank()) {
      String what = imageOnly.isEmpty()
          ? pages + (pages == 1 ? " page" : " pages") + " but no extractable text (scanned image PDF?)"
          : "image-only PDF (scanned?): " + pageList(imageOnly) + " of " + pages
              + (imageOnly.size() == 1 ? " has" : " have") + " no text layer; "
              + (options.ocr() ? "OCR found no text either" : "--ocr reads them with Tesseract");
      throw new InputException(file, InputException.Reason.NO_TEXT, what);
    }
    List<Integer> unread = new ArrayList<>(imageOnly);
    unread.removeAll(recognised);
    if (!unread.isEmpty()) {
      warnings.add(InputException.Reason.NO_TEXT.code() + ": " + pageList(unread)
          + (unread.size() == 1 ? " has" : " have") + " no text layer (scanned images); --ocr reads "
          + (unread.size() == 1 ? "it" : "them") + " with Tesseract");
    }
    if (!recognised.isEmpty()) {
      warnings.add("ocr: " + pageList(recognised) + " read by Tesseract OCR (" + TesseractOcr.LANGUAGE
          + "); their text may have recognition errors");
    }
    String joined = text.finish();
    int unmapped = unmappedPercent(joined, droppedTotal);
    if (unmapped >= GARBLED_SHARE * 100) {
      warnings.add("text layer looks garbled: " + unmapped + "% unmapped glyphs");
    }
    return new ExtractedText(joined, text.pageStarts(), text.tables(), text.blocks(), "application/pdf", warnings);
  }

  /** {@code page 3}, {@code pages 1-8}, {@code pages 1-3, 7}. */
  static String pageList(List<Integer> pages) {
    StringBuilder sb = new StringBuilder(pages.size() == 1 ? "page " : "pages ");
    int i = 0;
    while (i < pages.size()) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      sb.append(i == 0 ? "" : ", ").append(pages.get(i));
      if (j > i) {
        sb.append('-').append(pages.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static long visibleChars(List<Glyph> glyphs) {
    return glyphs.stream().mapToLong(g -> g.text().strip().length()).sum();
  }

  /**
   * Percentage of unmapped glyphs: {@code dropped} glyphs PDFBox could not map at all, and the non-space
   * characters of {@code text} that are U+FFFD, private-use or control characters.
   */
  static int unmappedPercent(CharSequence text, long dropped) {
    long[] counts = counts(text);
    long total = counts[0] + dropped;
    return total == 0 ? 0 : (int) Math.round(100.0 * (counts[1] + dropped) / total);
  }

  /** Percentage of non-space characters that are U+FFFD, private-use or control characters. */
  static int unmappedPercent(CharSequence text) {
    return unmappedPercent(text, 0);
  }

  private static long[] counts(CharSequence text) {
    long total = 0;
    long bad = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\t' || Character.isWhitespace(cp)) {
        continue;
      }
      total++;
      if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp)) {
        bad++;
      }
    }
    return new long[] {total, bad};
  }

  private static InputException encrypted(Path file, Exception cause) {
    return new InputException(
        file, InputException.Reason.ENCRYPTED, "encrypted PDF: a password is needed to read it", cause);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // already failing with a better message
    }
  }
}
