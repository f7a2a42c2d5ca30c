package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaReaderTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @TempDir Path dir;

  /** Shared: immutable, and building Tika's parser and detector takes about a second. */
  private static final DocumentReaders READERS =
      new DocumentReaders(List.of(new TikaReader(), new PlainTextReader()));

  @Test
  void docxParagraphsAndTableFollowTheLineContract() throws Exception {
    Path f = Files.write(dir.resolve("notice.docx"), Docx.sample());

    ExtractedText t = READERS.read(f);

    assertEquals(
        "温州市鹿城区人民政府文件\n"
            + "\n"
            + "第一行\n"
            + "第二行\n"
            + "\n"
            + "序号\t任务\t牵头单位\n"
            + "1\t建设创新平台 （2022年底前）\t区科技局\n"
            + "2\t引进人才\t\n"
            + "\n"
            + "温州市鹿城区人民政府\n",
        t.text());
    assertEquals(DOCX, t.mediaType());
    assertNull(t.charset());
    assertEquals(List.of(), t.pageStarts());
    assertNull(t.pages());
  }

  @Test
  void htmlTableBecomesTabSeparatedLines() throws Exception {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>标题不入正文</title>"
            + "<style>p { color: red }</style><script>var x = '脚本';</script></head><body>\n"
            + "<h1>关于印发  行动计划\n的通知</h1>\n"
            + "<p>各街道办事处、镇人民政府：<br>现印发给你们。</p>\n"
            + "<table>\n"
            + "  <tr><th>序号</th><th>指标</th><th>目标值</th></tr>\n"
            + "  <tr><td>1</td><td>研发投入\n  <br>占比</td><td>3.5%</td></tr>\n"
            + "  <tr><td>2</td><td><table><tr><td>嵌套</td><td>表格</td></tr></table></td>"
            + "<td>10\t家</td></tr>\n"
            + "</table>\n"
            + "<div>　　全角空格缩进保留</div>\n"
            + "</body></html>";
    Path f = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);

    ExtractedText t = READERS.read(f);

    assertEquals(
        "关于印发 行动计划 的通知\n"
            + "\n"
            + "各街道办事处、镇人民政府：\n"
            + "现印发给你们。\n"
            + "\n"
            + "序号\t指标\t目标值\n"
            + "1\t研发投入 占比\t3.5%\n"
            + "2\t嵌套 表格\t10 家\n"
            + "\n"
            + "　　全角空格缩进保留\n",
        t.text());
    assertEquals("text/html", t.mediaType());
    assertEquals("UTF-8", t.charset());
  }

  @Test
  void docxHeaderAndFooterAreSkipped() throws Exception {
    Path f = Files.write(dir.resolve("furniture.docx"), Docx.withHeaderAndFooter());
    assertEquals("正文\n", READERS.read(f).text());
  }

  @Test
  void htmlDoubleBreakIsABlankLine() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("br.html"),
            "<html><body><p>　　第一段。<br><br>　　第二段。</p></body></html>",
            StandardCharsets.UTF_8);
    assertEquals("　　第一段。\n\n　　第二段。\n", READERS.read(f).text());
  }

  @Test
  void htmlCharsetFromMetaIsUsedAndRecorded() throws Exception {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            + "</head><body><p>温州市鹿城区人民政府文件</p></body></html>";
    Path f = Files.write(dir.resolve("gb.htm"), html.getBytes(Charset.forName("GB18030")));

    ExtractedText t = READERS.read(f);

    assertEquals("温州市鹿城区人民政府文件\n", t.text());
    assertTrue(t.charset().matches("(?i)GB2312|GBK|GB18030"), t.charset());
  }

  @Test
  void truncatedDocxIsCorrupt() throws Exception {
    byte[] docx = Docx.sample();
    Path f = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));

    InputException e = assertThrows(InputException.class, () -> READERS.read(f));

    assertEquals(InputException.Reason.CORRUPT, e.reason());
    assertTrue(
        e.getMessage().startsWith("[" + f + "] corrupt or truncated DOCX: "), e.getMessage());
    assertTrue(e.getCause() != null);
  }

  @Test
  void encryptedDocxIsEncrypted() throws Exception {
    Path f = Files.write(dir.resolve("locked.docx"), Docx.encrypt(Docx.sample(), "secret"));

    InputException e = assertThrows(InputException.class, () -> READERS.read(f));

    assertEquals(InputException.Reason.ENCRYPTED, e.reason());
    assertEquals("[" + f + "] encrypted DOCX: a password is needed to read it", e.getMessage());
  }

  @Test
  void zipBombDocxIsRefusedAsTooLarge() throws Exception {
    // 2 million characters compress to a few kB: an inflate ratio far beyond what POI accepts
    Path f = Files.write(dir.resolve("bomb.docx"), Docx.longParagraph(2_000_000));
    assertTrue(Files.size(f) < 100_000, "bomb is small on disk");

    InputException e = assertThrows(InputException.class, () -> READERS.read(f));

    assertEquals(InputException.Reason.TOO_LARGE, e.reason());
    assertEquals("[" + f + "] DOCX expands too much when unpacked (zip bomb?)", e.getMessage());
  }

  @Test
  void characterLimitStopsTheParse() throws Exception {
    Path f = Files.write(dir.resolve("long.docx"), Docx.longParagraph(5_000));
    DocumentReaders limited = new DocumentReaders(List.of(new TikaReader(1_000)));

    InputException e = assertThrows(InputException.class, () -> limited.read(f));

    assertEquals(InputException.Reason.TOO_LARGE, e.reason());
    assertEquals(
        "[" + f + "] DOCX produces more than 1000 characters of text (zip bomb?)", e.getMessage());
  }

  @Test
  void acceptsWordHtmlOdtOnly() {
    TikaReader reader = new TikaReader();
    assertTrue(reader.accepts(DOCX));
    assertTrue(reader.accepts("application/msword"));
    assertTrue(reader.accepts("text/html"));
    assertTrue(!reader.accepts("application/pdf"));
    assertTrue(!reader.accepts("text/plain"));
    assertTrue(!reader.accepts("application/rtf"));
    assertEquals(List.of("docx", "doc", "html", "odt"), reader.formats());
  }
}
