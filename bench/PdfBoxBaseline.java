import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * Plain PDFBox text extraction (PDFTextStripper) against our whole pipeline on the same PDFs, in one
 * JVM after a warm-up round, one thread. Run: java -cp CP bench/PdfBoxBaseline.java DIR ROUNDS
 */
public final class PdfBoxBaseline {
  public static void main(String[] args) throws Exception {
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    int rounds = Integer.parseInt(args[1]);
    PolicyPipeline pipeline = PolicyPipeline.standard(50L << 20);
    for (int warm = 0; warm < 2; warm++) {
      strip(pdfs);
      ours(pipeline, pdfs);
    }
    long a = System.nanoTime();
    for (int r = 0; r < rounds; r++) strip(pdfs);
    long b = System.nanoTime();
    for (int r = 0; r < rounds; r++) ours(pipeline, pdfs);
    long c = System.nanoTime();
    double docs = (double) rounds * pdfs.size();
    double base = (b - a) / 1e9;
    double full = (c - b) / 1e9;
    System.out.printf("PDFTextStripper: %.1f docs/s; pipeline: %.1f docs/s; overhead ratio %.2fx (%d PDFs x %d rounds)%n",
        docs / base, docs / full, full / base, pdfs.size(), rounds);
  }

  private static void strip(List<Path> pdfs) throws Exception {
    for (Path p : pdfs) {
      try (PDDocument d = Loader.loadPDF(p.toFile())) {
        new PDFTextStripper().getText(d);
      }
    }
  }

  private static void ours(PolicyPipeline pipeline, List<Path> pdfs) throws Exception {
    for (Path p : pdfs) {
      pipeline.process(p, false);
    }
  }
}
