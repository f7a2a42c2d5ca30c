package org.gongwen.policy.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.extract.metadata.ChineseDateParser;
import org.gongwen.policy.extract.metadata.ClosingBlockReader;
import org.gongwen.policy.extract.metadata.EnclosedTitleRule;
import org.gongwen.policy.extract.metadata.FrontBlockReader;
import org.gongwen.policy.extract.metadata.MetadataExtractor;
import org.gongwen.policy.extract.goal.Decision;
import org.gongwen.policy.extract.metadata.MetadataWords;
import org.gongwen.policy.extract.metadata.OrganNames;
import org.gongwen.policy.extract.metadata.SignatureReader;
import org.gongwen.policy.extract.metadata.TitleReader;
import org.gongwen.policy.extract.goal.TargetExtractor;
import org.gongwen.policy.extract.task.BenefitItemRule;
import org.gongwen.policy.extract.task.ClauseOwner;
import org.gongwen.policy.extract.task.LeadConventionRule;
import org.gongwen.policy.extract.task.ResponsibilityAssigner;
import org.gongwen.policy.extract.task.ResponsibilityReader;
import org.gongwen.policy.extract.task.RoleClauseRule;
import org.gongwen.policy.extract.task.TableTaskReader;
import org.gongwen.policy.extract.task.TaskExtractor;
import org.gongwen.policy.extract.task.TaskPartRule;
import org.gongwen.policy.extract.task.TaskWords;
import org.gongwen.policy.extract.task.UnitClauseFinder;
import org.gongwen.policy.extract.task.UnitClauseParser;
import org.gongwen.policy.extract.task.UnitColumnRule;
import org.gongwen.policy.extract.task.UnitNameRule;
import org.gongwen.policy.ingest.DocumentReaders;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.ingest.FileDigest;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.ingest.OfdReader;
import org.gongwen.policy.ingest.PdfReader;
import org.gongwen.policy.ingest.PlainTextReader;
import org.gongwen.policy.ingest.ReaderOptions;
import org.gongwen.policy.ingest.TikaReader;
import org.gongwen.policy.ingest.html.HtmlReader;
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
  private final PageMetadataFiller pageMetadataFiller = new PageMetadataFiller();

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
    return standard(maxBytes, ReaderOptions.DEFAULT);
  }

  /** The standard pipeline whose readers read as {@code options} say (e.g. OCR of scanned PDF pages). */
  public static PolicyPipeline standard(long maxBytes, ReaderOptions options) {
    Lexicon lexicon = Lexicon.standard();
    DocumentReaders readers =
        new DocumentReaders(
            List.of(new PdfReader(options, lexicon), new OfdReader(lexicon),
                new HtmlReader(TikaReader.DEFAULT_MAX_CHARS, lexicon),
                new TikaReader(), new PlainTextReader()),
            maxBytes);
    PartRoleClassifier roles = new PartRoleClassifier(lexicon);
    return new PolicyPipeline(readers::read, new Normalizer(lexicon), new Outliner(roles, lexicon),
        metadataExtractor(lexicon), taskExtractor(lexicon, roles), TargetExtractor.standard(lexicon));
  }

  /** The task step with its rules, from the lexicon's task lists and the part-role classifier. */
  public static TaskExtractor taskExtractor(Lexicon lexicon, PartRoleClassifier roles) {
    TaskWords words = TaskWords.from(lexicon);
    UnitNameRule names = new UnitNameRule(words);
    UnitClauseParser parser = new UnitClauseParser(words, names, new RoleClauseRule(words, names));
    return new TaskExtractor(new BenefitItemRule(words), new LeadConventionRule(words), new UnitClauseFinder(parser), parser,
        new ClauseOwner(), new TableTaskReader(new UnitColumnRule(words), parser),
        new TaskPartRule(roles, words), new ResponsibilityAssigner(new ResponsibilityReader(words, names), words));
  }

  /** The metadata readers with their word lists and helpers (extraction-spec §2). */
  private static MetadataExtractor metadataExtractor(Lexicon lexicon) {
    MetadataWords words = new MetadataWords(lexicon);
    NameListParser names = new NameListParser(false);
    ChineseDateParser dates = new ChineseDateParser();
    OrganNames organs = new OrganNames(words, new NameListParser(true));
    return new MetadataExtractor(new FrontBlockReader(organs, words),
        new TitleReader(words, organs, new EnclosedTitleRule(words, organs), names, dates),
        new SignatureReader(organs, dates, words), new ClosingBlockReader(words, names, dates));
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
    PageMetadataFiller.Filled filled = pageMetadataFiller.fill(metadata.value(), extracted.pageMetadata());
    DocMetadata meta = filled.metadata();
    Extraction<List<Task>> tasks = taskExtractor.extract(outline);
    Extraction<List<Target>> targets = targetExtractor.extract(outline, meta, tasks.value());
    List<Table> tables = outline.tables().stream()
        .map(t -> t.toTable(text.pageAt(t.span().start())))
        .toList();
    warnings.addAll(metadata.warnings());
    if (filled.warning() != null) {
      warnings.add(filled.warning());
    }
    warnings.addAll(tasks.warnings());
    warnings.addAll(targets.warnings());
    warnings.addAll(checks.check(outline, meta, tasks.value().size()));
    return new PolicyDocument(PolicyDocument.SCHEMA, source.sha256().substring(0, 16), source,
        meta, outline.headings().stream().map(h -> h.toHeading(text.pageAt(h.span().start()))).toList(),
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

  /** The source facts; the hash is the one the readers computed (computed here only for other readers). */
  private static Source source(Path file, ExtractedText extracted) throws InputException {
    String sha = extracted.sha256();
    long bytes = extracted.bytes();
    if (sha == null) {
      FileDigest.Result digest = FileDigest.of(file);
      sha = digest.sha256();
      bytes = digest.bytes();
    }
    return new Source(file.toString().replace('\\', '/'), extracted.mediaType(), sha, bytes,
        extracted.charset(), extracted.pages(), extracted.pageMetadata());
  }
}
