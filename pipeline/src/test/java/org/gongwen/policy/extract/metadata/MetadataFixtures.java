package org.gongwen.policy.extract.metadata;

import java.util.List;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.structure.Outliner;
import org.gongwen.policy.structure.PartRoleClassifier;
import org.gongwen.policy.text.Normalizer;

/** The metadata readers composed as {@code PolicyPipeline.standard} composes them, for the tests. */
final class MetadataFixtures {

  static final Lexicon LEXICON = Lexicon.standard();
  static final MetadataWords WORDS = new MetadataWords(LEXICON);
  static final NameListParser NAMES = new NameListParser(false);
  static final ChineseDateParser DATES = new ChineseDateParser();
  static final OrganNames ORGANS = new OrganNames(WORDS, new NameListParser(true));
  static final EnclosedTitleRule ENCLOSED = new EnclosedTitleRule(WORDS, ORGANS);
  static final FrontBlockReader FRONT = new FrontBlockReader(ORGANS, WORDS);
  static final TitleReader TITLE = new TitleReader(WORDS, ORGANS, ENCLOSED, NAMES, DATES);
  static final SignatureReader SIGNATURE = new SignatureReader(ORGANS, DATES, WORDS);
  static final ClosingBlockReader CLOSING = new ClosingBlockReader(WORDS, NAMES, DATES);
  static final MetadataExtractor EXTRACTOR = new MetadataExtractor(FRONT, TITLE, SIGNATURE, CLOSING);
  static final Outliner OUTLINER = new Outliner(new PartRoleClassifier(LEXICON), LEXICON);
  static final Normalizer NORMALIZER = new Normalizer(LEXICON);

  private MetadataFixtures() {}

  /** Text as a document: normalized and outlined like the pipeline does. */
  static Outline outline(String text) {
    ExtractedText raw = new ExtractedText(text, List.of(), "text/plain", "UTF-8", List.of());
    return OUTLINER.outline(NORMALIZER.normalize(raw));
  }

  static DocMetadata metadata(String text) {
    return EXTRACTOR.extract(outline(text)).value();
  }

  /** Table cells write a newline as \\n and a tab as \\t. */
  static String unescape(String s) {
    return s == null ? null : s.replace("\\n", "\n").replace("\\t", "\t");
  }
}
