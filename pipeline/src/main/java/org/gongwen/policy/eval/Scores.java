package org.gongwen.policy.eval;

/**
 * The figures of spec §8 for one document or, summed, for all of them (micro-average: counts are added,
 * then the ratios are taken). A {@code null} component is a part the gold does not score ({@code null}
 * or absent in the gold file); the unit, lead, comparator and kind figures are {@code null} exactly when
 * their parent part (tasks, targets) is.
 *
 * @param metadata field accuracy: correct fields / fields present in the gold metadata
 * @param headings P/R/F1 on (level, number, title)
 * @param tasks P/R/F1 on (number, title), as a multiset
 * @param units P/R/F1 on (task, unit name), over matched task pairs
 * @param unitsWithLead P/R/F1 on (task, unit name, lead), over matched task pairs
 * @param lead accuracy of {@code lead} over matched units
 * @param targets P/R/F1 on (value, unit, year)
 * @param comparator accuracy of {@code comparator} over matched targets
 * @param kind accuracy of {@code kind} over matched targets
 * @param targetsStrict P/R/F1 where a matched target counts only with comparator, kind and scope right and
 *     indicator overlap at least 0.5
 * @param scope accuracy of {@code scope} over matched targets
 * @param indicatorOverlap mean Jaccard overlap of indicator character bigrams over matched targets
 */
public record Scores(
    Accuracy metadata,
    Counts headings,
    Counts tasks,
    Counts units,
    Counts unitsWithLead,
    Accuracy lead,
    Counts targets,
    Accuracy comparator,
    Accuracy kind,
    Counts targetsStrict,
    Accuracy scope,
    Mean indicatorOverlap) {

  public static final Scores NONE = new Scores(null, null, null, null, null, null, null, null, null, null, null, null);

  public Scores plus(Scores o) {
    return new Scores(
        Accuracy.sum(metadata, o.metadata),
        Counts.sum(headings, o.headings),
        Counts.sum(tasks, o.tasks),
        Counts.sum(units, o.units),
        Counts.sum(unitsWithLead, o.unitsWithLead),
        Accuracy.sum(lead, o.lead),
        Counts.sum(targets, o.targets),
        Accuracy.sum(comparator, o.comparator),
        Accuracy.sum(kind, o.kind),
        Counts.sum(targetsStrict, o.targetsStrict),
        Accuracy.sum(scope, o.scope),
        Mean.sum(indicatorOverlap, o.indicatorOverlap));
  }
}
