package org.gongwen.policy.index;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Lucene tokenizer over HanLP's default segmenter ({@code HanLP.newSegment()}, the dictionary-based
 * viterbi segmenter of the portable jar) with character offsets. Each instance owns its segment: no
 * shared mutable state. Tokens that hold no letter or digit (punctuation, spaces) are dropped. The whole
 * input is read into memory on {@link #reset()}; field values here are documents of some 100 KB.
 */
public final class HanLpTokenizer extends Tokenizer {

  private final Segment segment = HanLP.newSegment().enableOffset(true);
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private Iterator<Term> terms = List.<Term>of().iterator();
  private int length;

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (terms.hasNext()) {
      Term t = terms.next();
      if (!hasWordChar(t.word)) {
        continue;
      }
      termAtt.setEmpty().append(t.word);
      offsetAtt.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
      return true;
    }
    return false;
  }

  private static boolean hasWordChar(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n = input.read(buf); n > 0; n = input.read(buf)) {
      sb.append(buf, 0, n);
    }
    length = sb.length();
    terms = sb.length() == 0 ? List.<Term>of().iterator() : segment.seg(sb.toString()).iterator();
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offsetAtt.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    terms = List.<Term>of().iterator();
  }
}
