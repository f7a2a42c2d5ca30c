package org.gongwen.policy.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * The keyword terms of a field that contain a text (as the wildcard {@code *text*} matches them), found by
 * scanning the field's terms for the text's UTF-8 bytes (UTF-8 is self-synchronizing, so a byte match is a
 * character match). For fields of few distinct terms (issuers): a wildcard query compiles and
 * determinizes an automaton for every query, which cost more than scanning a few hundred terms. Constant
 * score, rewritten as a wildcard would be ({@link MultiTermQuery#CONSTANT_SCORE_BLENDED_REWRITE}).
 */
final class ContainsTermQuery extends MultiTermQuery {

  private final byte[] needle;

  /** Terms of {@code field} containing {@code text} (not empty). */
  ContainsTermQuery(String field, String text) {
    super(field, CONSTANT_SCORE_BLENDED_REWRITE);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty text for terms of [" + field + "] to contain");
    }
    this.needle = text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws java.io.IOException {
    return new FilteredTermsEnum(terms.iterator(), false) {
      @Override
      protected AcceptStatus accept(BytesRef term) {
        return contains(term) ? AcceptStatus.YES : AcceptStatus.NO;
      }
    };
  }

  /** Whether the term's bytes hold the text's bytes. */
  boolean contains(BytesRef term) {
    int last = term.offset + term.length - needle.length;
    outer:
    for (int i = term.offset; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (term.bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(getField())) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    String text = new String(needle, StandardCharsets.UTF_8);
    return (getField().equals(field) ? "" : getField() + ":") + "*" + text + "*";
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && Arrays.equals(needle, ((ContainsTermQuery) other).needle);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Arrays.hashCode(needle);
  }
}
