package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

  private static final String SIMPLIFIED =
      "温州市鹿城区人民政府文件\n温鹿政发〔2022〕68号\n序号\t任务\t牵头单位\n1\t建设创新平台\t区科技局\n";
  private static final String TRADITIONAL =
      "臺灣省政府關於加強環境保護工作的實施意見，請各縣市政府認真貫徹執行。\n";

  @TempDir Path dir;

  private final PlainTextReader reader = new PlainTextReader();

  private ExtractedText read(String name, byte[] bytes) throws Exception {
    Path f = Files.write(dir.resolve(name), bytes);
    return reader.read(f, "text/plain");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void utf8WithoutBom() throws Exception {
    ExtractedText t = read("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
    assertEquals(SIMPLIFIED, t.text());
    assertEquals("UTF-8", t.charset());
    assertEquals("text/plain", t.mediaType());
    assertEquals(List.of(), t.warnings());
  }

  @Test
  void utf8BomIsStripped() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ExtractedText t = read("a.txt", concat(bom, SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
    assertEquals(SIMPLIFIED, t.text());
    assertEquals("UTF-8", t.charset());
  }

  @Test
  void utf16LittleAndBigEndianWithBom() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE));
    ExtractedText l = read("le.txt", le);
    ExtractedText b = read("be.txt", be);
    assertEquals(SIMPLIFIED, l.text());
    assertEquals("UTF-16LE", l.charset());
    assertEquals(SIMPLIFIED, b.text());
    assertEquals("UTF-16BE", b.charset());
  }

  @Test
  void utf16WithoutBomIsRecognized() throws Exception {
    ExtractedText l = read("le.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE));
    ExtractedText b = read("be.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(SIMPLIFIED, l.text());
    assertEquals("UTF-16LE", l.charset());
    assertEquals(SIMPLIFIED, b.text());
    assertEquals("UTF-16BE", b.charset());
  }

  /** Issue 13 (4): a one-line text over the character limit fails as too large before the pipeline. */
  @Test
  void moreCharactersThanTheLimitIsTooLarge() throws Exception {
    PlainTextReader small = new PlainTextReader(1000);
    Path ok = Files.writeString(dir.resolve("ok.txt"), "0".repeat(1000));
    assertEquals(1000, small.read(ok, "text/plain").text().length());
    Path big = Files.writeString(dir.resolve("big.txt"), "0".repeat(1001));
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> small.read(big, "text/plain"));
    assertEquals(InputException.Reason.TOO_LARGE, e.reason());
    assertEquals("[" + big + "] text file of more than 1000 characters: too large to extract in one piece",
        e.getMessage());
  }

  @Test
  void gb18030() throws Exception {
    ExtractedText t = read("gb.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")));
    assertEquals(SIMPLIFIED, t.text());
    assertEquals("GB18030", t.charset());
  }

  @Test
  void gbkAndGb2312BytesReadAsGb18030() throws Exception {
    assertEquals(SIMPLIFIED, read("gbk.txt", SIMPLIFIED.getBytes(Charset.forName("GBK"))).text());
    assertEquals(SIMPLIFIED, read("gb2312.txt", SIMPLIFIED.getBytes(Charset.forName("GB2312"))).text());
  }

  @Test
  void big5TraditionalChinese() throws Exception {
    ExtractedText t = read("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
    assertEquals(TRADITIONAL, t.text());
    assertEquals("Big5", t.charset());
  }

  @Test
  void traditionalChineseInGb18030StaysGb18030() throws Exception {
    ExtractedText t = read("gb-trad.txt", TRADITIONAL.getBytes(Charset.forName("GB18030")));
    assertEquals(TRADITIONAL, t.text());
    assertEquals("GB18030", t.charset());
  }

  @Test
  void lineEndsAreNormalizedAndNothingElseChanges() throws Exception {
    String crlf = "第一行\r\n\r\n　　第二行\t表格\r第三行  \r\n";
    ExtractedText t = read("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8));
    assertEquals("第一行\n\n　　第二行\t表格\n第三行  \n", t.text());
  }

  @Test
  void undecodableBytesAreReportedAsWarning() throws Exception {
    byte[] gb = SIMPLIFIED.getBytes(Charset.forName("GB18030"));
    byte[] broken = concat(gb, new byte[] {(byte) 0x81});
    ExtractedText t = read("broken.txt", broken);
    assertEquals("GB18030", t.charset());
    assertEquals(
        List.of("txt: 1 undecodable byte sequences replaced by U+FFFD (read as GB18030)"),
        t.warnings());
  }

  @Test
  void plausibilityPrefersTheRightDecoding() {
    byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
    byte[] gb = SIMPLIFIED.getBytes(Charset.forName("GB18030"));
    assertEquals(1.0, TextDecoder.plausibility(TRADITIONAL));
    assertEquals(1.0, TextDecoder.plausibility(SIMPLIFIED));
    assertEquals(1.0, TextDecoder.plausibility("ASCII only"));
    assertTrue(TextDecoder.plausibility(new String(big5, TextDecoder.GB18030)) < TextDecoder.CONVINCING);
    assertTrue(TextDecoder.plausibility(new String(gb, TextDecoder.BIG5)) < TextDecoder.CONVINCING);
    assertEquals(0.0, TextDecoder.plausibility("\uFFFD\uE000"));
  }

  @Test
  void acceptsTextPlainOnly() {
    assertTrue(reader.accepts("text/plain"));
    assertTrue(!reader.accepts("text/html"));
    assertEquals(List.of("txt"), reader.formats());
  }
}
