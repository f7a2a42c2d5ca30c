package org.gongwen.policy.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.extract.metadata.MetadataExtractor;
import org.gongwen.policy.extract.goal.Decision;
import org.gongwen.policy.extract.goal.TargetExtractor;
import org.gongwen.policy.extract.task.TaskExtractor;
import org.gongwen.policy.ingest.DocumentReaders;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.ingest.PdfReader;
import org.gongwen.policy.ingest.PlainTextReader;
import org.gongwen.policy.ingest.TikaReader;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.model.Table;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.structure.Outliner;
import org.gongwen.policy.structure.PartRoleClassifier;
import org.gongwen.policy.text.NormalizedText;
import org.gongwen.policy.text.Normalizer;

/**
 * The composition root: file to {@link PolicyDocument}. Stateless after construction; one instance may
 * process files on several threads.
 */
public final class PolicyPipeline {

  private final TextReader reader;
  private final Normalizer normalizer;
  private final Outliner outliner;
  private final MetadataExtractor metadataExtractor;
  private final TaskExtractor taskExtractor;
  private final TargetExtractor targetExtractor;
  private final DocumentChecks checks = new DocumentChecks();

  /** Reads one file into text; the format readers behind it are the ingest package's. */
  @FunctionalInterface
  public interface TextReader {
    ExtractedText read(Path file) throws InputException;
  }

  public PolicyPipeline(TextReader reader, Normalizer normalizer, Outliner outliner,
      MetadataExtractor metadataExtractor, TaskExtractor taskExtractor, TargetExtractor targetExtractor) {
    this.reader = reader;
    this.normalizer = normalizer;
    this.outliner = outliner;
    this.metadataExtractor = metadataExtractor;
    this.taskExtractor = taskExtractor;
    this.targetExtractor = targetExtractor;
  }

  /** The standard pipeline with the default size limit ({@link DocumentReaders#DEFAULT_MAX_BYTES}). */
  public static PolicyPipeline standard() {
    return standard(DocumentReaders.DEFAULT_MAX_BYTES);
  }

  /**
   * The one place the project's steps are composed: every reader and extractor, with the lexicon loaded
   * once and handed to the steps that need it. Files over {@code maxBytes} fail as {@code too-large}.
   */
  public static PolicyPipeline standard(long maxBytes) {
    Lexicon lexicon = Lexicon.standard();
    DocumentReaders readers =
        new DocumentReaders(List.of(new PdfReader(), new TikaReader(), new PlainTextReader()), maxBytes);
    return new PolicyPipeline(readers::read, new Normalizer(), new Outliner(new PartRoleClassifier(lexicon)),
        new MetadataExtractor(), new TaskExtractor(), TargetExtractor.standard(lexicon));
  }

  /**
   * Reads and extracts one file.
   *
   * @param file the input
   * @param withText whether the normalized text goes into {@link PolicyDocument#text()}
   * @throws InputException when the file cannot become a document (typed, message names the file)
   */
  public PolicyDocument process(Path file, boolean withText) throws InputException {
    ExtractedText extracted = reader.read(file);
    Source source = source(file, extracted);
    return extract(source, extracted, withText);
  }

  /** Extraction proper, from already read text. */
  public PolicyDocument extract(Source source, ExtractedText extracted, boolean withText) {
    NormalizedText text = normalizer.normalize(extracted);
    Outline outline = outliner.outline(text);
    List<String> warnings = new ArrayList<>(extracted.warnings());
    Extraction<DocMetadata> metadata = metadataExtractor.extract(outline);
    Extraction<List<Task>> tasks = taskExtractor.extract(outline);
    Extraction<List<Target>> targets = targetExtractor.extract(outline, metadata.value(), tasks.value());
    List<Table> tables = outline.tables().stream()
        .map(t -> t.toTable(text.pageAt(t.span().start())))
        .toList();
    warnings.addAll(metadata.warnings());
    warnings.addAll(tasks.warnings());
    warnings.addAll(targets.warnings());
    warnings.addAll(checks.check(outline, metadata.value(), tasks.value().size()));
    return new PolicyDocument(PolicyDocument.SCHEMA, source.sha256().substring(0, 16), source,
        metadata.value(), outline.headings().stream().map(h -> h.toHeading(text.pageAt(h.span().start()))).toList(),
        tasks.value(), targets.value(), tables, warnings, withText ? text.text() : null);
  }

  /**
   * Why each number of the file's running text is a target or not: the rule that kept or rejected it
   * ({@code extract --explain}). Same steps as {@link #process}, without building the document.
   */
  public List<Decision> explainTargets(Path file) throws InputException {
    ExtractedText extracted = reader.read(file);
    Outline outline = outliner.outline(normalizer.normalize(extracted));
    DocMetadata metadata = metadataExtractor.extract(outline).value();
    return targetExtractor.explain(outline, metadata, taskExtractor.extract(outline).value());
  }

  private static Source source(Path file, ExtractedText extracted) throws InputException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      long bytes = in.transferTo(OutputStreamSink.INSTANCE);
      String sha = HexFormat.of().formatHex(digest.digest());
      return new Source(file.toString().replace('\\', '/'), extracted.mediaType(), sha, bytes,
          extracted.charset(), extracted.pages());
    } catch (IOException e) {
      throw new InputException(file, InputException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Discards bytes; the digest stream computes the hash on the way. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
