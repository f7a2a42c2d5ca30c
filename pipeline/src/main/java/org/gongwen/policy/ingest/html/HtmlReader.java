package org.gongwen.policy.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.ingest.DocumentReader;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads HTML pages (saved government pages and fragments) with jsoup: the document, not the site.
 *
 * <p>Steps: parse (charset from the byte-order mark or {@code <meta charset>}, else UTF-8); take the
 * 信息公开 box out into {@link ExtractedText#pageMetadata()} ({@link PageMetadataBox}); remove hidden
 * elements, scripts and site furniture ({@link PageCleaner}); find the main content ({@link
 * MainContentFinder}); write it, with the title printed above it, in the line contract ({@link
 * HtmlLineWriter}). A page whose visible body is empty but whose script holds the document as an HTML
 * string (gkmlpt pages keep it in {@code "content":"<p>…"} of a JSON object) is read from that string.
 */
public final class HtmlReader implements DocumentReader {

  /** Below this many Han characters the visible content is taken to be missing. */
  static final int MIN_BODY_HAN = 100;
  private static final Pattern SCRIPT_CONTENT =
      Pattern.compile("\"content\"\\s*:\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\")");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxChars;
  private final PageMetadataBox metadataBox;
  private final MainContentFinder contentFinder;

  /**
   * @param maxChars the most characters of text a page may give
   * @param lexicon gives the labels of the 信息公开 box and the document types that end a title
   */
  public HtmlReader(long maxChars, Lexicon lexicon) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
    this.metadataBox = new PageMetadataBox(lexicon);
    this.contentFinder = new MainContentFinder(lexicon);
  }

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean accepts(String mediaType) {
    return "text/html".equals(mediaType) || "application/xhtml+xml".equals(mediaType);
  }

  @Override
  public ExtractedText read(Path file, String mediaType) throws InputException {
    Document page;
    try (InputStream in = Files.newInputStream(file)) {
      page = Jsoup.parse(in, null, "");
    } catch (IOException e) {
      throw new InputException(file, InputException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
    List<String> warnings = new ArrayList<>();
    String embedded = embeddedContent(page);
    PageMetadata box = metadataBox.take(page.body());
    PageCleaner.clean(page);
    MainContentFinder.Found found = contentFinder.find(page.body());
    HtmlLineWriter writer = new HtmlLineWriter();
    if (MainContentFinder.hanCount(found.content().text()) < MIN_BODY_HAN && embedded != null) {
      Document inner = Jsoup.parseBodyFragment(embedded);
      PageCleaner.clean(inner);
      writer.write(inner.body());
      warnings.add("html: the body was read from the page's script data, not its visible text");
    } else {
      if (found.title() != null) {
        writer.write(found.title());
      }
      writer.write(found.content());
    }
    String text = writer.text();
    if (text.length() > maxChars) {
      throw new InputException(
          file, InputException.Reason.TOO_LARGE, "HTML produces more than " + maxChars + " characters of text");
    }
    String charset = page.charset() == null ? null : page.charset().name();
    return new ExtractedText(text, List.of(), writer.tables(), box == null || box.isEmpty() ? null : box,
        mediaType, charset, warnings, null, -1);
  }

  /** The longest {@code "content":"<html>"} string of the page's scripts, decoded, or null. */
  private static String embeddedContent(Document page) {
    String best = null;
    for (Element script : page.select("script")) {
      for (DataNode data : script.dataNodes()) {
        Matcher m = SCRIPT_CONTENT.matcher(data.getWholeData());
        while (m.find()) {
          if (best != null && m.group(1).length() <= best.length()) {
            continue;
          }
          try {
            String value = JSON.readValue(m.group(1), String.class);
            if (value.indexOf('<') >= 0 && (best == null || value.length() > best.length())) {
              best = value;
            }
          } catch (JsonProcessingException e) {
            // not a JSON string: not the content
          }
        }
      }
    }
    return best;
  }
}
