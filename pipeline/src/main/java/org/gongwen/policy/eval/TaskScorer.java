package org.gongwen.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tasks, spec §8: P/R/F1 on (number, title) as a multiset; then, for each matched pair, unit P/R/F1 on
 * (task, unit name), units-with-lead P/R/F1 on (task, unit name, lead), and lead accuracy over the
 * matched units.
 *
 * <p>Equal (number, title) keys are common (a table row split into sub-rows gives several tasks with one
 * number and title), so among tasks with the same key the pairing prefers the pair sharing the most unit
 * names (Dice over unit-name keys). Units are scored only on pairs with a required gold task: a pair with
 * an optional gold task is removed from both sides, units included. A gold task whose {@code units} is
 * null or absent has its units not scored. A missing {@code lead} reads as {@code false}.
 */
final class TaskScorer {

  private TaskScorer() {}

  record Result(
      Counts tasks, Counts units, Counts unitsWithLead, Accuracy lead, Diff taskDiff, Diff unitDiff) {}

  static Result score(List<JsonNode> gold, List<JsonNode> predicted) {
    Matching.Result m = Matching.match(
        gold, Nodes::optional, predicted,
        (g, p) -> key(g).equals(key(p)),
        (g, p) -> Matching.dice(unitNames(g), unitNames(p)));
    Diff taskDiff = new Diff(
        m.missed().stream().map(i -> show(gold.get(i))).toList(),
        m.extra().stream().map(i -> show(predicted.get(i))).toList(),
        List.of());
    Counts units = Counts.ZERO;
    Counts withLead = Counts.ZERO;
    Accuracy lead = Accuracy.NONE;
    Diff unitDiff = Diff.EMPTY;
    for (Matching.Pair pair : m.pairs()) {
      JsonNode g = gold.get(pair.gold());
      if (Nodes.absent(g.get("units"))) {
        continue;
      }
      List<JsonNode> gu = Nodes.items(g.get("units"));
      List<JsonNode> pu = Nodes.items(predicted.get(pair.pred()).get("units"));
      String task = show(g);
      Matching.Result um = Matching.match(
          gu, Nodes::optional, pu,
          (a, b) -> name(a).equals(name(b)),
          (a, b) -> lead(a) == lead(b) ? 1.0 : 0.0);
      units = units.plus(um.counts());
      List<String> mismatched = new ArrayList<>();
      for (Matching.Pair u : um.pairs()) {
        boolean agree = lead(gu.get(u.gold())) == lead(pu.get(u.pred()));
        lead = lead.plus(Accuracy.of(agree));
        if (!agree) {
          mismatched.add(task + ": " + Nodes.show(gu.get(u.gold()).get("name")) + " lead gold "
              + lead(gu.get(u.gold())) + ", predicted " + lead(pu.get(u.pred())));
        }
      }
      Matching.Result lm = Matching.match(
          gu, Nodes::optional, pu,
          (a, b) -> name(a).equals(name(b)) && lead(a) == lead(b),
          (a, b) -> 0.0);
      withLead = withLead.plus(lm.counts());
      unitDiff = unitDiff.plus(new Diff(
          um.missed().stream().map(i -> task + ": " + showUnit(gu.get(i))).toList(),
          um.extra().stream().map(i -> task + ": " + showUnit(pu.get(i))).toList(),
          mismatched));
    }
    return new Result(m.counts(), units, withLead, lead, taskDiff, unitDiff);
  }

  private static String key(JsonNode t) {
    return Nodes.key(t.get("number")) + "\u0000" + Nodes.key(t.get("title"));
  }

  private static String name(JsonNode unit) {
    return String.valueOf(Nodes.key(unit.get("name")));
  }

  private static boolean lead(JsonNode unit) {
    return unit.path("lead").asBoolean(false);
  }

  private static List<String> unitNames(JsonNode task) {
    return Nodes.items(task.get("units")).stream().map(TaskScorer::name).toList();
  }

  static String show(JsonNode t) {
    StringBuilder s = new StringBuilder()
        .append(Nodes.show(t.get("number"))).append(' ').append(Nodes.show(t.get("title")));
    if ("table".equals(Nodes.text(t.get("origin")))) {
      s.append(" [table, attachment ").append(Nodes.show(t.get("attachment"))).append(']');
    }
    return s.toString();
  }

  private static String showUnit(JsonNode u) {
    return Nodes.show(u.get("name")) + (lead(u) ? " (lead)" : "");
  }
}
