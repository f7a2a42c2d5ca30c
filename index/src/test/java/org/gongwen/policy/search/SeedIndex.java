package org.gongwen.policy.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.pipeline.PolicyPipeline;

/** The real seed documents ({@code ../seeds/*.txt}, from the index module) extracted with text, for tests. */
final class SeedIndex {

  static final Path SEEDS = Path.of("..", "seeds");

  private SeedIndex() {}

  /** The seeds in file-name order, extracted by the standard pipeline with their text. */
  static List<PolicyDocument> seeds() throws IOException {
    return extract(txtFiles(SEEDS));
  }

  /**
   * The seeds and the mini samples ({@code ../samples/mini/*.txt}: small notices of other issuers), the
   * corpus the researcher questions are asked over. The PDF/DOCX/HTML renderings of the seeds are the
   * same two notices again and are left out.
   */
  static List<PolicyDocument> seedsAndMiniSamples() throws IOException {
    List<Path> files = new ArrayList<>(txtFiles(SEEDS));
    files.addAll(txtFiles(MINI));
    return extract(files);
  }

  static final Path MINI = Path.of("..", "samples", "mini");

  private static List<Path> txtFiles(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("[" + dir.toAbsolutePath() + "] holds no .txt files");
    }
    return files;
  }

  private static List<PolicyDocument> extract(List<Path> files) throws IOException {
    PolicyPipeline pipeline = PolicyPipeline.standard();
    List<PolicyDocument> docs = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(pipeline.process(f, true));
      } catch (InputException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return docs;
  }

  /** Writes the documents into a new index in {@code dir} with the named analyzer. */
  static void write(Path dir, String analyzer, List<PolicyDocument> docs) throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir, analyzer)) {
      for (PolicyDocument d : docs) {
        indexer.add(d);
      }
    }
  }
}
