package org.gongwen.policy.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores outputs against gold files (spec §8). Works on JSON trees, so it scores any JSON of the
 * {@code policy-doc/1} shape and the gold shape of spec §7 without the extraction code.
 *
 * <p>Pairing: each {@code GOLDDIR/<stem>.gold.json} is scored against {@code OUTDIR/<stem>.json}; a
 * gold file with no output is scored as all-missed; outputs with no gold are counted and ignored.
 * Stateless and safe to share across threads.
 */
public final class Evaluator {

  static final String GOLD_SUFFIX = ".gold.json";
  static final String OUTPUT_SUFFIX = ".json";
  private static final List<String> LIST_PARTS = List.of("headings", "tasks", "targets");

  private final ObjectMapper mapper = JsonMapper.builder().build();

  /** Scores every gold file of {@code goldDir} against its output in {@code outputDir}. */
  public Evaluation evaluate(Path goldDir, Path outputDir) throws EvaluationException {
    List<Path> goldFiles = list(goldDir, GOLD_SUFFIX);
    if (goldFiles.isEmpty()) {
      throw new EvaluationException(goldDir, "no *" + GOLD_SUFFIX + " files");
    }
    List<Path> outputs = list(outputDir, OUTPUT_SUFFIX);
    Set<String> stems = new HashSet<>();
    List<DocumentScore> scores = new ArrayList<>();
    for (Path goldFile : goldFiles) {
      String stem = stem(goldFile, GOLD_SUFFIX);
      stems.add(stem);
      Path outFile = outputDir.resolve(stem + OUTPUT_SUFFIX);
      JsonNode gold = read(goldFile);
      JsonNode output = Files.isRegularFile(outFile) ? read(outFile) : null;
      scores.add(score(stem, gold, goldFile, output, outFile));
    }
    int ignored = (int) outputs.stream()
        .filter(p -> !p.getFileName().toString().endsWith(GOLD_SUFFIX))
        .filter(p -> !stems.contains(stem(p, OUTPUT_SUFFIX)))
        .count();
    return Evaluation.of(scores, ignored);
  }

  /**
   * Scores one document. {@code output} is {@code null} when there is none (everything counts as
   * missed). Files are named {@code <stem>.gold.json} and {@code <stem>.json} in error messages.
   */
  public DocumentScore score(String stem, JsonNode gold, JsonNode output) throws EvaluationException {
    return score(stem, gold, Path.of(stem + GOLD_SUFFIX), output, Path.of(stem + OUTPUT_SUFFIX));
  }

  /** Reads a JSON file into a tree; the error names the file. */
  public JsonNode read(Path file) throws EvaluationException {
    try {
      return mapper.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new EvaluationException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new EvaluationException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private DocumentScore score(String stem, JsonNode gold, Path goldFile, JsonNode output, Path outFile)
      throws EvaluationException {
    checkShape(gold, goldFile);
    boolean missing = output == null;
    if (!missing) {
      checkShape(output, outFile);
    }
    MetadataScorer.Result metadata = MetadataScorer.score(
        gold.get("metadata"), missing ? null : output.get("metadata"), missing);
    HeadingScorer.Result headings = scored(gold, "headings")
        ? HeadingScorer.score(Nodes.items(gold.get("headings")), items(output, "headings"))
        : null;
    TaskScorer.Result tasks = scored(gold, "tasks")
        ? TaskScorer.score(Nodes.items(gold.get("tasks")), items(output, "tasks"))
        : null;
    TargetScorer.Result targets = scored(gold, "targets")
        ? TargetScorer.score(Nodes.items(gold.get("targets")), items(output, "targets"))
        : null;
    Scores scores = new Scores(
        metadata == null ? null : metadata.accuracy(),
        headings == null ? null : headings.counts(),
        tasks == null ? null : tasks.tasks(),
        tasks == null ? null : tasks.units(),
        tasks == null ? null : tasks.unitsWithLead(),
        tasks == null ? null : tasks.lead(),
        targets == null ? null : targets.counts(),
        targets == null ? null : targets.comparator(),
        targets == null ? null : targets.kind(),
        targets == null ? null : targets.strict(),
        targets == null ? null : targets.scope(),
        targets == null ? null : targets.indicatorOverlap());
    Details details = new Details(
        metadata == null ? List.of() : metadata.mismatches(),
        headings == null ? Diff.EMPTY : headings.diff(),
        tasks == null ? Diff.EMPTY : tasks.taskDiff(),
        tasks == null ? Diff.EMPTY : tasks.unitDiff(),
        targets == null ? Diff.EMPTY : targets.diff());
    return new DocumentScore(stem, missing, scores, details);
  }

  /** A part is scored when the gold has it and it is not {@code null}. */
  private static boolean scored(JsonNode gold, String part) {
    return !Nodes.absent(gold.get(part));
  }

  private static List<JsonNode> items(JsonNode doc, String part) {
    return doc == null ? List.of() : Nodes.items(doc.get(part));
  }

  private static void checkShape(JsonNode doc, Path file) throws EvaluationException {
    if (doc == null || !doc.isObject()) {
      throw new EvaluationException(file, "not a JSON object");
    }
    JsonNode metadata = doc.get("metadata");
    if (!Nodes.absent(metadata) && !metadata.isObject()) {
      throw new EvaluationException(file, "\"metadata\" is not an object");
    }
    for (String part : LIST_PARTS) {
      JsonNode node = doc.get(part);
      if (Nodes.absent(node)) {
        continue;
      }
      if (!node.isArray()) {
        throw new EvaluationException(file, "\"" + part + "\" is not an array");
      }
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isObject()) {
          throw new EvaluationException(file, "\"" + part + "\"[" + i + "] is not an object");
        }
      }
    }
    for (int i = 0; i < doc.path("tasks").size(); i++) {
      JsonNode units = doc.path("tasks").get(i).get("units");
      if (!Nodes.absent(units) && !(units.isArray() && allObjects(units))) {
        throw new EvaluationException(file, "\"tasks\"[" + i + "].units is not an array of objects");
      }
    }
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode n : array) {
      if (!n.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static List<Path> list(Path dir, String suffix) throws EvaluationException {
    if (!Files.isDirectory(dir)) {
      throw new EvaluationException(dir, "not a directory");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new EvaluationException(dir, "cannot list: " + e.getMessage(), e);
    }
  }

  private static String stem(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }
}
