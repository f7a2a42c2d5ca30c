package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.model.Heading;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * OFD renderings of the seeds (samples/*.ofd, written by ofdrw's TextConverter: see samples/render/README.md)
 * give the same notice as the PDF renderings: its metadata and every heading of the body. The TextConverter
 * draws a TSV row as one run of text (no cells), so the attachment tables, and the tasks and targets of their
 * rows, are not in these files: those parts are not compared.
 */
final class OfdReaderTest {

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"000_4ed772c9b4959484", "004_755fdc7e0c8d5ef0"})
  void anOfdGivesTheNoticeItsPdfGives(String stem) throws Exception {
    PolicyDocument ofd = PIPELINE.process(Path.of("../samples", stem + ".ofd"), false);
    PolicyDocument pdf = PIPELINE.process(Path.of("../samples", stem + ".pdf"), false);
    assertEquals(OfdReader.MEDIA_TYPE, ofd.source().mediaType());
    assertTrue(ofd.source().pages() > 1, "paged: " + ofd.source().pages());
    assertEquals(pdf.metadata().docNumber(), ofd.metadata().docNumber());
    assertEquals(pdf.metadata().title(), ofd.metadata().title());
    assertEquals(pdf.metadata().signedDate(), ofd.metadata().signedDate());
    assertEquals(pdf.metadata().issuers(), ofd.metadata().issuers());
    List<String> ofdHeadings = ofd.headings().stream().map(Heading::title).toList();
    for (Heading h : pdf.headings()) {
      assertTrue(ofdHeadings.contains(h.title()), "heading [" + h.title() + "] missing from the OFD");
    }
    assertTrue(ofd.targets().size() > 10, "body targets are read: " + ofd.targets().size());
  }

  @Test
  void aZipWithoutOfdXmlIsNotOfd() throws Exception {
    Path zip = dir.resolve("x.ofd");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      out.write("不是OFD".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals("application/zip", new DocumentReaders(List.of(new OfdReader(Lexicon.standard()))).detect(zip));
  }

  @Test
  void aWpsFileThatIsOleGoesTheDocPath() throws Exception {
    Path wps = Files.copy(Path.of("../samples/004_755fdc7e0c8d5ef0.doc"), dir.resolve("notice.wps"));
    assertEquals("application/msword", new DocumentReaders(List.of(new TikaReader())).detect(wps));
  }
}
