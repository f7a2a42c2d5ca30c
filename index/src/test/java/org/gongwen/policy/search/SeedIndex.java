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
    List<Path> files;
    try (Stream<Path> s = Files.list(SEEDS)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("[" + SEEDS.toAbsolutePath() + "] holds no seed .txt files");
    }
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
