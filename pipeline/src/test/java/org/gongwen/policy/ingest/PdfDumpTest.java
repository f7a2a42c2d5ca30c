package org.gongwen.policy.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * Debug aid, not a check: prints what {@link PdfReader} makes of a PDF. Runs only when asked:
 * {@code mvn -o -q test -pl pipeline -Dtest=PdfDumpTest -Dpdf.dump=/path/to/file.pdf}.
 */
class PdfDumpTest {

  @Test
  void dump() throws InputException {
    String file = System.getProperty("pdf.dump");
    assumeTrue(file != null && !file.isBlank(), "set -Dpdf.dump=<file.pdf> to print its text");
    ExtractedText text = new PdfReader(Lexicon.standard()).read(Path.of(file), "application/pdf");
    System.out.println("pages " + text.pages() + " starts " + text.pageStarts());
    text.warnings().forEach(w -> System.out.println("warning: " + w));
    System.out.println(text.text());
  }
}
