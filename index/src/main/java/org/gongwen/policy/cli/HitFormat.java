package org.gongwen.policy.cli;

import java.util.List;
import org.gongwen.policy.search.PlainNumber;
import org.gongwen.policy.search.SearchHit;

/**
 * The human-readable form of a search hit: a head line, then indented detail lines.
 *
 * <pre>
 * 1. target  高新技术企业  300 家  2024  (= level)
 *    doc: 温州市鹿城区人民政府关于印发…的通知
 *    evidence: 到2024年，全区拥有【高新技术企业】300家、科技型中小企业1800家…
 * 2. task  1 强化科技企业群体培育  [*区科技局、区发改局]
 *    doc: …
 * 3. document  温州市鹿城区人民政府关于印发…的通知  温鹿政发〔2022〕68号  2022-06-27
 *    file: seeds/000_4ed772c9b4959484.txt
 * </pre>
 *
 * <p>Words of the query are marked 【…】 in a target's evidence and a task's title.
 */
final class HitFormat {

  private HitFormat() {}

  static String format(int rank, SearchHit hit) {
    StringBuilder sb = new StringBuilder();
    sb.append(rank).append(". ").append(hit.type());
    switch (hit.type()) {
      case "target" -> {
        sb.append("  ").append(hit.indicator())
            .append("  ").append(PlainNumber.format(hit.value()));
        if (hit.unit() != null) {
          sb.append(' ').append(hit.unit());
        }
        sb.append("  ").append(hit.year() == null ? "-" : hit.year().toString())
            .append("  (").append(hit.comparator()).append(' ').append(hit.kind());
        if (hit.scope() != null) {
          sb.append(", ").append(hit.scope());
        }
        sb.append(')');
        line(sb, "doc", hit.documentLabel());
        line(sb, "evidence", hit.highlight() != null ? hit.highlight().bracketed()
            : hit.evidence() != null ? hit.evidence() : hit.raw());
      }
      case "task" -> {
        sb.append("  ").append(hit.number()).append(' ')
            .append(hit.highlight() != null ? hit.highlight().bracketed() : hit.title());
        sb.append("  [").append(units(hit.units())).append(']');
        if (hit.section() != null) {
          line(sb, "section", hit.section());
        }
        line(sb, "doc", hit.documentLabel());
      }
      default -> {
        sb.append("  ").append(hit.documentLabel());
        if (hit.docNumber() != null) {
          sb.append("  ").append(hit.docNumber());
        }
        if (hit.signedDate() != null) {
          sb.append("  ").append(hit.signedDate());
        }
        line(sb, "file", hit.file());
      }
    }
    return sb.toString();
  }

  private static String units(List<String> units) {
    return units == null ? "" : String.join("、", units);
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append("\n   ").append(label).append(": ").append(value == null ? "" : value.replace('\n', ' '));
  }
}
