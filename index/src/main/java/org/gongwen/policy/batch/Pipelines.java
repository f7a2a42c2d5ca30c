package org.gongwen.policy.batch;

import java.util.List;
import org.gongwen.policy.extract.metadata.MetadataExtractor;
import org.gongwen.policy.extract.target.TargetExtractor;
import org.gongwen.policy.extract.task.TaskExtractor;
import org.gongwen.policy.ingest.DocumentReaders;
import org.gongwen.policy.ingest.PdfReader;
import org.gongwen.policy.ingest.PlainTextReader;
import org.gongwen.policy.ingest.TikaReader;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.structure.Outliner;
import org.gongwen.policy.text.Normalizer;

/** The standard pipeline with a chosen size limit ({@link PolicyPipeline#standard()} has the default). */
public final class Pipelines {

  private Pipelines() {}

  /** Every reader and extractor of the project; files over {@code maxBytes} fail as {@code too-large}. */
  public static PolicyPipeline standard(long maxBytes) {
    DocumentReaders readers =
        new DocumentReaders(List.of(new PdfReader(), new TikaReader(), new PlainTextReader()), maxBytes);
    return new PolicyPipeline(readers::read, new Normalizer(), new Outliner(),
        new MetadataExtractor(), new TaskExtractor(), TargetExtractor.standard());
  }
}
