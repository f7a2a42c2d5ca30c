package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HeaderSniff}: a case table (name and content → media type, or left to Tika), and its answers
 * checked against Tika's own detection on the real seeds, samples and shared dev files and on files
 * written here in several encodings and shapes: wherever it answers, Tika says the same.
 */
class HeaderSniffTest {

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0} [{2}] → {3}")
  @CsvSource(delimiter = '|', nullValues = "tika", value = {
      "notice.txt|关于印发工作要点的通知\\n各县（市、区）：|UTF-8|text/plain",
      "NOTICE.TXT|关于印发工作要点的通知|UTF-8|text/plain",
      "bom.txt|\uFEFF关于印发工作要点的通知|UTF-8|text/plain",
      "gb.txt|关于印发工作要点的通知|GB18030|text/plain",
      "big5.txt|關於加強環境保護工作的實施意見|Big5|text/plain",
      "utf16.txt|\uFEFF关于印发工作要点的通知|UTF-16LE|tika",           // byte-order mark FF FE: Tika decides
      "ascii.txt|Notice No. 12 of 2024|UTF-8|tika",                      // ASCII first: any magic may match
      "markup.txt|通知<html><body>正文</body></html>|UTF-8|tika",        // markup in the sample
      "close.txt|通知</p>|UTF-8|tika",
      "lines.txt|\\n\\n  温州市人民政府办公室文件|UTF-8|text/plain",     // blank lines first
      "less.txt|通知：占比<10%，增幅< 5%|UTF-8|text/plain",                // a comparison is no markup
      "page.html|<!DOCTYPE html><html><body>通知</body></html>|UTF-8|text/html",
      "page.htm|  \\n<HTML><head><title>通知</title></head></HTML>|UTF-8|text/html",
      "bom.html|\uFEFF<!doctype html><html></html>|UTF-8|text/html",
      "x.html|<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>|UTF-8|tika",
      "x.htm|<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html></html>|UTF-8|tika",
      "frag.html|<div>通知</div>|UTF-8|tika",
      "a.pdf|%PDF-1.7\\n%âãÏÓ|ISO-8859-1|application/pdf",
      "b.PDF|%PDF-1.4|ISO-8859-1|application/pdf",
      "c.pdf|PK\u0003\u0004|ISO-8859-1|tika",
      "d.txt|%PDF-1.4|ISO-8859-1|tika",
      "e.docx|PK\u0003\u0004|ISO-8859-1|tika",
  })
  void caseTable(String name, String content, String charset, String expected) {
    byte[] bytes = content.replace("\\n", "\n").getBytes(Charset.forName(charset));
    assertEquals(expected, HeaderSniff.mediaType(name, bytes, bytes.length));
  }

  @Test
  void agreesWithTikaWhereverItAnswers() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("../seeds", "../samples", "../../shared/dev/docs", "../../shared/dev/real",
        "../samples/mini", "../samples/heldout")) {
      Path d = Path.of(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> list = Files.list(d)) {
          list.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    String text = "国务院办公厅关于印发“无废城市”建设试点工作方案的通知\n国办发〔2018〕128号\n";
    for (String cs : List.of("UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE")) {
      files.add(Files.write(tmp.resolve("gen-" + cs + ".txt"), text.getBytes(Charset.forName(cs))));
    }
    files.add(Files.writeString(tmp.resolve("gen.html"), "<!DOCTYPE html>\n<html lang=\"zh\"><body>" + text
        + "</body></html>"));
    files.add(Files.writeString(tmp.resolve("gen-upper.htm"), "<HTML><BODY>" + text + "</BODY></HTML>"));
    files.add(Files.writeString(tmp.resolve("gen-late-markup.txt"), text.repeat(50) + "<html>"));
    files.add(Files.writeString(tmp.resolve("gen-blank-lines.txt"), "\n\r\n  " + text + "比例<10%"));
    int answered = 0;
    DefaultDetector tika = new DefaultDetector();
    for (Path f : files) {
      byte[] head;
      try (InputStream in = Files.newInputStream(f)) {
        head = in.readNBytes(ContentSniffer.SAMPLE_BYTES);
      }
      String sniffed = HeaderSniff.mediaType(f.getFileName().toString(), head, head.length);
      if (sniffed == null) {
        continue;
      }
      answered++;
      String type;
      Metadata metadata = new Metadata();
      try (TikaInputStream in = TikaInputStream.get(f, metadata)) {
        type = tika.detect(in, metadata).getBaseType().toString();
      }
      if (type.equals("text/plain") || type.equals("application/octet-stream")) {
        type = ContentSniffer.looksBinary(head, head.length) ? "application/octet-stream" : "text/plain";
      }
      assertEquals(type, sniffed, f.toString());
    }
    assertTrue(answered >= 8, "answered for " + answered + " files");
  }
}
