package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case table of {@link ContentSniffer#utf16WithoutBom}: text in an encoding → the byte order found. */
class ContentSnifferTest {

  @ParameterizedTest(name = "{1}: {0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "关于印发《2025年全市安全生产工作要点》的通知\\n各县（市、区）：|UTF-16LE|UTF-16LE",
      "关于印发《2025年全市安全生产工作要点》的通知\\n各县（市、区）：|UTF-16BE|UTF-16BE",
      "Notice No. 12 of 2024\\nTo all departments:|UTF-16LE|UTF-16LE",
      "一、工作目标\\n到2027年，全市新增一万家企业。\\n|UTF-16LE|UTF-16LE", // 一 is 00 4E: a NUL on the other side
      "关于印发《2025年全市安全生产工作要点》的通知\\n各县（市、区）：|UTF-8|",
      "关于印发《2025年全市安全生产工作要点》的通知\\n各县（市、区）：|GB18030|",
      "關於加強環境保護工作的實施意見\\n各縣市政府：|Big5|",
      // no ASCII at all, so no NUL byte: left to the other checks (a known gap)
      "关于印发工作要点的通知各县市区人民政府|UTF-16LE|",
  })
  void findsUtf16WithoutAByteOrderMark(String text, String encoding, String expected) {
    byte[] bytes = text.replace("\\n", "\n").getBytes(Charset.forName(encoding));
    Charset found = ContentSniffer.utf16WithoutBom(bytes, bytes.length);
    assertEquals(expected, found == null ? null : found.name());
  }

  @ParameterizedTest(name = "random bytes, seed {0}")
  @CsvSource({"1", "2", "3", "42"})
  void randomBytesAreNoUtf16(long seed) {
    byte[] noise = new byte[4096];
    new Random(seed).nextBytes(noise);
    assertEquals(null, ContentSniffer.utf16WithoutBom(noise, noise.length));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"000_4ed772c9b4959484.pdf", "000_4ed772c9b4959484.docx", "000_4ed772c9b4959484.doc",
      "000_4ed772c9b4959484.html", "000_4ed772c9b4959484.gb18030.txt"})
  void sampleDocumentsAreNoUtf16(String sample) throws java.io.IOException {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../samples", sample))) {
      byte[] head = in.readNBytes(ContentSniffer.SAMPLE_BYTES);
      assertEquals(null, ContentSniffer.utf16WithoutBom(head, head.length));
    }
  }
}
