package org.gongwen.policy.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * The index the serve tests ask: the seeds and the mini samples ({@code ../seeds/*.txt},
 * {@code ../samples/mini/*.txt}) extracted by the standard pipeline, as {@code ResearcherQuestionsTest}
 * asks them, plus one hostile policy whose title and issuer hold markup. Built once per test JVM (the
 * extraction is the slow part) into a temporary directory removed at exit.
 */
final class ServedIndex {

  /** The hostile policy's id, title and issuer. */
  static final String HOSTILE_ID = "0123456789abcdef";
  static final String HOSTILE_TITLE = "关于<script>window.__pwned=1</script>印发<img src=x onerror=\"window.__pwned=2\">方案的通知";
  static final String HOSTILE_ISSUER = "<b>测试机关</b>";

  private static Path dir;

  private ServedIndex() {}

  /** The index directory, built on first use. */
  static synchronized Path get() throws IOException {
    if (dir == null) {
      Path d = Files.createTempDirectory("serve-test-index");
      List<Path> files = new ArrayList<>(txt(Path.of("..", "seeds")));
      files.addAll(txt(Path.of("..", "samples", "mini")));
      PolicyPipeline pipeline = PolicyPipeline.standard();
      try (PolicyIndexer indexer = PolicyIndexer.open(d)) {
        PolicyDocument last = null;
        for (Path f : files) {
          last = pipeline.process(f, true);
          indexer.add(last);
        }
        indexer.add(hostile(last));
      } catch (InputException e) {
        throw new IOException(e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
      dir = d;
    }
    return dir;
  }

  /** A copy of a real notice (its text and headings) with markup in title and issuer, no tasks, targets or date. */
  private static PolicyDocument hostile(PolicyDocument base) {
    DocMetadata m = base.metadata();
    DocMetadata evil = new DocMetadata(m.issuerMark(), List.of(HOSTILE_ISSUER), null, HOSTILE_TITLE, null,
        m.recipients(), m.signatory(), null, m.note(), m.attachments(), m.cc(), m.printedBy(), null, m.security(),
        m.urgency(), m.copyNumber(), m.signer());
    return new PolicyDocument(base.schema(), HOSTILE_ID,
        new org.gongwen.policy.model.Source("hostile/markup-title.txt", base.source().mediaType(), base.source().sha256(),
            base.source().bytes(), base.source().charset(), null),
        evil, base.headings(), List.of(), List.of(), List.of(), List.of(), base.text());
  }

  private static List<Path> txt(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static void delete(Path d) {
    try (Stream<Path> s = Files.walk(d)) {
      s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
