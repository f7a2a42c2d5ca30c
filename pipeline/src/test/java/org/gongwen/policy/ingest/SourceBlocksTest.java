package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paged readers hand over the structure their layout saw ({@link SourceBlock}s): every paragraph, heading
 * candidate and table of the text, in order, with a page break before each page after the first; a PDF
 * and its OFD rendering give the same blocks.
 */
final class SourceBlocksTest {

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();

  @ParameterizedTest
  @ValueSource(strings = {"000_4ed772c9b4959484", "004_755fdc7e0c8d5ef0"})
  void blocksCoverThePagedTextAndAgreeAcrossFormats(String stem) throws Exception {
    Path pdfFile = Path.of("../samples", stem + ".pdf");
    ExtractedText pdf = new PdfReader(Lexicon.standard()).read(pdfFile, "application/pdf");
    ExtractedText ofd = new OfdReader(Lexicon.standard()).read(Path.of("../samples", stem + ".ofd"), OfdReader.MEDIA_TYPE);

    List<SourceBlock> content = pdf.blocks().stream().filter(b -> b.kind() != SourceBlock.Kind.PAGE_BREAK).toList();
    List<String> texts = content.stream().map(b -> pdf.text().substring(b.start(), b.end())).toList();
    assertEquals(pdf.text(), String.join("\n\n", texts) + "\n", "the blocks, a blank line apart, are the text");
    assertTrue(texts.stream().noneMatch(t -> t.contains("\n\n") || t.isBlank()), "one block, one paragraph or table");

    List<Integer> breaks = pdf.blocks().stream().filter(b -> b.kind() == SourceBlock.Kind.PAGE_BREAK)
        .map(SourceBlock::start).toList();
    assertEquals(pdf.pageStarts().subList(1, pdf.pageStarts().size()), breaks, "a page break where each page starts");

    List<String> tableRanges = content.stream().filter(b -> b.kind() == SourceBlock.Kind.TABLE)
        .map(b -> b.page() + ":" + b.start() + "-" + b.end()).toList();
    assertEquals(pdf.tables().stream().map(t -> t.page() + ":" + t.start() + "-" + t.end()).toList(), tableRanges);

    long candidates = content.stream().filter(b -> b.kind() == SourceBlock.Kind.HEADING_CANDIDATE).count();
    PolicyDocument doc = PIPELINE.process(pdfFile, false);
    assertTrue(candidates >= doc.headings().size(), candidates + " candidates for " + doc.headings().size() + " headings");
    SourceBlock title = content.stream().filter(b -> b.page() == 1)
        .filter(b -> pdf.text().substring(b.start(), b.end()).contains("关于印发")).findFirst().orElseThrow();
    assertEquals(SourceBlock.Kind.HEADING_CANDIDATE, title.kind(), "the title is set large");
    assertFalse(content.stream().filter(b -> b.kind() == SourceBlock.Kind.PARAGRAPH).anyMatch(
        b -> pdf.text().startsWith("一、", b.start())), "a paragraph opening with 一、 is a candidate");

    assertEquals(pdf.blocks(), ofd.blocks(), "the OFD rendering has the PDF's blocks");
  }
}
