package org.gongwen.policy.extract.goal;

import java.util.List;
import org.gongwen.policy.extract.quantity.Quantity;
import org.gongwen.policy.structure.PartRole;

/**
 * A number of the running text being judged by the {@link TargetRule}s, with the text around it.
 *
 * @param sentence the sentence holding the number
 * @param quantities every quantity of the sentence, in order
 * @param index the position of the number in {@code quantities}
 * @param unit its measure word (from the number, or a bracket after it), or null
 * @param rawEnd the end of the number and its measure word in {@code sentence}
 * @param clauseStart where the number's clause starts (after the last ，；：。 before it)
 * @param context the text before the sentence that frames it: the paragraph so far, and a lead-in line
 *     ending in a colon that introduces the paragraph (到2027年，力争实现：)
 * @param role the role of the document part holding the number
 * @param annualPlan whether the document is a one-year work plan (its title names one year), whose task
 *     list states what is to be done that year
 */
public record Candidate(
    String sentence,
    List<Quantity> quantities,
    int index,
    String unit,
    int rawEnd,
    int clauseStart,
    String context,
    PartRole role,
    boolean annualPlan) {

  public Candidate {
    quantities = List.copyOf(quantities);
  }

  public Quantity quantity() {
    return quantities.get(index);
  }

  /** The clause before the number. */
  public String clause() {
    return sentence.substring(clauseStart, quantity().start());
  }

  /** The clause before the number, after the previous amount of the clause (what governs this number). */
  public String governing() {
    int from = clauseStart;
    for (int j = index - 1; j >= 0; j--) {
      Quantity p = quantities.get(j);
      if (p.end() <= quantity().start() && p.end() > from
          && p.kind() == org.gongwen.policy.extract.quantity.QuantityKind.AMOUNT) {
        from = p.end();
        break;
      }
    }
    return sentence.substring(from, quantity().start());
  }

  /** The sentence before the number. */
  public String before() {
    return sentence.substring(0, quantity().start());
  }

  /** The sentence after the number and its measure word. */
  public String after() {
    return sentence.substring(rawEnd);
  }

  /** The rest of the number's clause after it. */
  public String clauseAfter() {
    String a = after();
    int k = 0;
    while (k < a.length() && "，,；;：:。！？".indexOf(a.charAt(k)) < 0) {
      k++;
    }
    return a.substring(0, k);
  }
}
