package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ODT is read through Tika like DOCX; RTF is refused (Tika loses its tables). */
class OdtAndRtfTest {
  @TempDir Path dir;
  private static final DocumentReaders READERS =
      new DocumentReaders(List.of(new TikaReader(), new PlainTextReader()));

  @Test
  void rtfIsUnsupported() throws Exception {
    String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}}\n"
        + "\\pard \\u28201?\\u24030?\\par\n"
        + "\\pard second line\\par\n"
        + "\\trowd\\cellx2000\\cellx4000\\intbl A1\\cell B1\\cell\\row\n"
        + "\\trowd\\cellx2000\\cellx4000\\intbl A2\\cell B2\\cell\\row\n"
        + "\\pard after\\par}";
    Path f = Files.writeString(dir.resolve("a.rtf"), rtf, StandardCharsets.US_ASCII);
    InputException e = assertThrows(InputException.class, () -> READERS.read(f));
    assertEquals(InputException.Reason.UNSUPPORTED, e.reason());
    assertEquals(
        "[" + f + "] unsupported media type [application/rtf]; supported: docx, doc, html, odt, txt",
        e.getMessage());
  }

  @Test
  void odtParagraphsTableAndLineBreak() throws Exception {
    Path f = dir.resolve("a.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      byte[] mt = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry e = new ZipEntry("mimetype");
      e.setMethod(ZipEntry.STORED); e.setSize(mt.length); CRC32 crc = new CRC32(); crc.update(mt); e.setCrc(crc.getValue());
      zip.putNextEntry(e); zip.write(mt); zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\"><office:body><office:text>"
          + "<text:p>温州市</text:p><table:table><table:table-row><table:table-cell><text:p>A1</text:p><text:p>x</text:p></table:table-cell><table:table-cell><text:p>B1</text:p></table:table-cell></table:table-row></table:table><text:p>after<text:line-break/>next</text:p>"
          + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    ExtractedText t = READERS.read(f);
    assertEquals("application/vnd.oasis.opendocument.text", t.mediaType());
    assertEquals("温州市\n\nA1 x\tB1\n\nafter\nnext\n", t.text());
  }
}
