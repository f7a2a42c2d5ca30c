package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {

  /** Stands in for the PDF reader, which lives on another branch. */
  private static final class FakePdfReader implements DocumentReader {
    @Override
    public String name() {
      return "pdf";
    }

    @Override
    public boolean accepts(String mediaType) {
      return "application/pdf".equals(mediaType);
    }

    @Override
    public ExtractedText read(Path file, String mediaType) {
      return new ExtractedText("pdf text\n", List.of(0), mediaType, null, List.of());
    }
  }

  @TempDir Path dir;

  /** Shared: immutable, and building Tika's parser and detector takes about a second. */
  private static final DocumentReaders READERS =
      new DocumentReaders(List.of(new FakePdfReader(), new TikaReader(), new PlainTextReader()));

  private static final String PDF_HEAD = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< >>\nendobj\n";

  private InputException failure(Path f) {
    return assertThrows(InputException.class, () -> READERS.read(f));
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("nope.txt");
    InputException e = failure(f);
    assertEquals(InputException.Reason.MISSING, e.reason());
    assertEquals("[" + f + "] no such file", e.getMessage());
    assertEquals(f, e.file());
  }

  @Test
  void directoryIsUnsupported() {
    InputException e = failure(dir);
    assertEquals(InputException.Reason.UNSUPPORTED, e.reason());
    assertEquals("[" + dir + "] is a directory, not a file", e.getMessage());
  }

  @Test
  void emptyFile() throws Exception {
    Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
    InputException e = failure(f);
    assertEquals(InputException.Reason.EMPTY, e.reason());
    assertEquals("[" + f + "] empty file (0 bytes)", e.getMessage());
  }

  @Test
  void whitespaceOnlyHasNoText() throws Exception {
    Path f = Files.writeString(dir.resolve("blank.txt"), " \r\n\t\u3000\n", StandardCharsets.UTF_8);
    InputException e = failure(f);
    assertEquals(InputException.Reason.EMPTY, e.reason());
    assertEquals("[" + f + "] no text", e.getMessage());
  }

  @Test
  void tooLarge() throws Exception {
    Path f = Files.writeString(dir.resolve("big.txt"), "温州市鹿城区", StandardCharsets.UTF_8);
    DocumentReaders small = new DocumentReaders(List.of(new PlainTextReader()), 10);
    InputException e = assertThrows(InputException.class, () -> small.read(f));
    assertEquals(InputException.Reason.TOO_LARGE, e.reason());
    assertEquals("[" + f + "] file too large: 18 bytes; limit 10 bytes", e.getMessage());
  }

  @Test
  void randomBinaryNamedTxtIsUnsupported() throws Exception {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path f = Files.write(dir.resolve("noise.txt"), noise);
    InputException e = failure(f);
    assertEquals(InputException.Reason.UNSUPPORTED, e.reason());
    assertEquals(
        "[" + f + "] unsupported media type [application/octet-stream]; "
            + "supported: pdf, docx, doc, html, odt, txt",
        e.getMessage());
  }

  /** Issue 13 (7): Tika's magic took UTF-16 text without a byte-order mark for a PCX image. */
  @Test
  void utf16WithoutBomIsText() throws Exception {
    String notice = "\n关于做好2025年春季防汛工作的通知\n各乡镇人民政府：\n一、总体要求\n";
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path f = Files.write(dir.resolve("notice-" + cs.name() + ".txt"), notice.getBytes(cs));
      assertEquals("text/plain", READERS.detect(f));
      assertEquals(notice, READERS.read(f).text());
    }
  }

  @Test
  void zipIsUnsupported() throws Exception {
    Path f = dir.resolve("bundle.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write("温州".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    InputException e = failure(f);
    assertEquals(InputException.Reason.UNSUPPORTED, e.reason());
    assertEquals(
        "[" + f + "] unsupported media type [application/zip]; "
            + "supported: pdf, docx, doc, html, odt, txt",
        e.getMessage());
  }

  @Test
  void pdfMagicWinsOverTxtExtension() throws Exception {
    Path f = Files.write(dir.resolve("really-a.pdf.txt"), PDF_HEAD.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("application/pdf", READERS.detect(f));
    assertEquals("application/pdf", READERS.read(f).mediaType());
  }

  @Test
  void docxMagicWinsOverTxtExtension() throws Exception {
    Path f = Files.write(dir.resolve("word.txt"), Docx.sample());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        READERS.detect(f));
  }

  @Test
  void legacyChineseTextWithoutExtensionIsText() throws Exception {
    Path f = Files.write(dir.resolve("notice"), "温州市鹿城区人民政府文件\n".getBytes(Charset.forName("GB18030")));
    ExtractedText t = READERS.read(f);
    assertEquals("text/plain", t.mediaType());
    assertEquals("GB18030", t.charset());
    assertEquals("温州市鹿城区人民政府文件\n", t.text());
  }

  @Test
  void utf16WithBomNamedTxtIsText() throws Exception {
    byte[] bytes = "\uFEFF温州市鹿城区人民政府文件\n".getBytes(StandardCharsets.UTF_16LE);
    Path f = Files.write(dir.resolve("u16.txt"), bytes);
    ExtractedText t = READERS.read(f);
    assertEquals("温州市鹿城区人民政府文件\n", t.text());
    assertEquals("UTF-16LE", t.charset());
  }

  @Test
  void formatsFollowReaderOrder() {
    assertEquals(List.of("pdf", "docx", "doc", "html", "odt", "txt"), READERS.formats());
  }

  @Test
  void seedReadsAsUtf8() throws Exception {
    Path seed = Path.of("../../shared/seeds/000_4ed772c9b4959484.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "shared seeds not present");

    ExtractedText t = READERS.read(seed);

    assertEquals("text/plain", t.mediaType());
    assertEquals("UTF-8", t.charset());
    String firstLine = t.text().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
    assertEquals("温州市鹿城区人民政府文件", firstLine);
    assertTrue(t.text().indexOf('\r') < 0);
  }

  @Test
  void tikaDetectorIsMadeOnlyForAFileTheHeaderSniffCannotPlace() throws Exception {
    DocumentReaders readers = new DocumentReaders(List.of(new FakePdfReader(), new PlainTextReader()));
    Path txt = Files.write(dir.resolve("通知.txt"), "关于印发某县乡村振兴实施方案的通知\n各乡镇人民政府：\n"
        .getBytes(StandardCharsets.UTF_8));
    Path pdf = Files.write(dir.resolve("plan.pdf"), PDF_HEAD.getBytes(StandardCharsets.ISO_8859_1));

    assertEquals("text/plain", readers.detect(txt));
    assertEquals("application/pdf", readers.detect(pdf));
    assertFalse(readers.detectorMade(), "a Chinese TXT and a PDF are placed without Tika");

    Path ascii = Files.write(dir.resolve("notes.txt"), "Plan 2025\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals("text/plain", readers.detect(ascii));
    assertTrue(readers.detectorMade(), "an ASCII start may match a magic pattern: Tika decides");
  }
}
