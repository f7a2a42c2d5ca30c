package org.gongwen.policy.extract.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.UnitRef;
import org.gongwen.policy.pipeline.PolicyPipeline;
import org.gongwen.policy.structure.PartRoleClassifier;
import org.junit.jupiter.params.provider.Arguments;

/** The task rules as the pipeline composes them, and the case tables (TSV) their tests read. */
final class TaskCases {

  static final Lexicon LEXICON = Lexicon.standard();
  static final PartRoleClassifier ROLES = new PartRoleClassifier(LEXICON);
  static final TaskWords WORDS = TaskWords.from(LEXICON);
  static final UnitNameRule NAMES = new UnitNameRule(WORDS);
  static final RoleClauseRule ROLE_CLAUSES = new RoleClauseRule(WORDS, NAMES);
  static final UnitClauseParser PARSER = new UnitClauseParser(WORDS, NAMES, ROLE_CLAUSES);

  private TaskCases() {}

  static TaskExtractor extractor() {
    return PolicyPipeline.taskExtractor(LEXICON, ROLES);
  }

  /** Rows of a TSV beside this class: tab-separated fields, lines starting with # skipped. */
  static Stream<Arguments> rows(String resource) {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = TaskCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no case table " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Arguments.of((Object[]) line.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream();
  }

  /** Units as the tables write them: names joined by |, a lead marked with a trailing *; "-" for none. */
  static String format(List<UnitRef> units) {
    if (units.isEmpty()) {
      return "-";
    }
    return String.join("|", units.stream().map(u -> u.name() + (u.lead() ? "*" : "")).toList());
  }
}
