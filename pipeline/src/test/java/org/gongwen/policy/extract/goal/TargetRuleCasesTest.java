package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.quantity.Quantity;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.structure.PartRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One case table per target rule (src/test/resources/…/goal/rules/&lt;Rule&gt;.tsv): a sentence, the number
 * the rule is asked about (as the quantity parser reads it), the rule's verdict, the part's role and the
 * context (a lead-in line above the sentence). Cases are written in the styles of many issuers.
 */
class TargetRuleCasesTest {

  private static final TargetWords WORDS = TargetWords.standard();
  private static final QuantityParser PARSER = new QuantityParser();
  private static final Pattern BREAK = Pattern.compile("[，,；;：:。]");

  static Candidate candidate(String sentence, String raw, String role, String context) {
    List<Quantity> qs = PARSER.parse(sentence);
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (q.raw().equals(raw)) {
        int clauseStart = 0;
        Matcher m = BREAK.matcher(sentence);
        m.region(0, q.start());
        while (m.find()) {
          clauseStart = m.end();
        }
        return new Candidate(sentence, qs, i, q.unit(), q.end(), clauseStart, context == null ? "" : context,
            role == null ? PartRole.OTHER : PartRole.valueOf(role), false);
      }
    }
    throw new AssertionError("no quantity [" + raw + "] in " + sentence + ": " + qs);
  }

  private static void check(TargetRule rule, String sentence, String raw, String verdict, String role, String context) {
    assertEquals(TargetRule.Verdict.valueOf(verdict), rule.judge(candidate(sentence, raw, role, context)),
        rule.name() + " on " + sentence);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/GoalFrameRule.tsv", delimiter = '\t', nullValues = "-")
  void goalFrameRule(String sentence, String raw, String verdict, String role, String context) {
    check(new GoalFrameRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/BenefitRule.tsv", delimiter = '\t', nullValues = "-")
  void benefitRule(String sentence, String raw, String verdict, String role, String context) {
    check(new BenefitRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/ConditionRule.tsv", delimiter = '\t', nullValues = "-")
  void conditionRule(String sentence, String raw, String verdict, String role, String context) {
    check(new ConditionRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/FormulaRule.tsv", delimiter = '\t', nullValues = "-")
  void formulaRule(String sentence, String raw, String verdict, String role, String context) {
    check(new FormulaRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/NameOrSloganRule.tsv", delimiter = '\t', nullValues = "-")
  void nameOrSloganRule(String sentence, String raw, String verdict, String role, String context) {
    check(new NameOrSloganRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/ProjectFactRule.tsv", delimiter = '\t', nullValues = "-")
  void projectFactRule(String sentence, String raw, String verdict, String role, String context) {
    check(new ProjectFactRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/PastPeriodRule.tsv", delimiter = '\t', nullValues = "-")
  void pastPeriodRule(String sentence, String raw, String verdict, String role, String context) {
    check(new PastPeriodRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/TimeLimitRule.tsv", delimiter = '\t', nullValues = "-")
  void timeLimitRule(String sentence, String raw, String verdict, String role, String context) {
    check(new TimeLimitRule(WORDS), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/MeasureWordRule.tsv", delimiter = '\t', nullValues = "-")
  void measureWordRule(String sentence, String raw, String verdict, String role, String context) {
    check(new MeasureWordRule(), sentence, raw, verdict, role, context);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvFileSource(resources = "rules/PartRoleRule.tsv", delimiter = '\t', nullValues = "-")
  void partRoleRule(String sentence, String raw, String verdict, String role, String context) {
    check(new PartRoleRule(), sentence, raw, verdict, role, context);
  }
}
