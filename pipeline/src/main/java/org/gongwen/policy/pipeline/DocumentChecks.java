package org.gongwen.policy.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.structure.Outline;
import org.gongwen.policy.text.CharClass;

/**
 * Flags a text that is not what the pipeline is for, without refusing it (it is still written and
 * indexed): text that is mostly not Chinese, and Chinese text with none of the elements of a 公文 (no
 * 发文字号, no title, no headings, no tasks). The flags are warnings with fixed prefixes, so tools can
 * filter on them: {@code not-chinese:} and {@code not-a-policy-document:}.
 */
final class DocumentChecks {

  /** Below this share of Han characters among letters the text is flagged as not Chinese. */
  static final double MIN_HAN_SHARE = 0.3;

  List<String> check(Outline outline, DocMetadata metadata, int tasks) {
    List<String> flags = new ArrayList<>();
    String text = outline.text().text();
    int han = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CharClass.isHan(c)) {
        han++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters > 0 && han < MIN_HAN_SHARE * letters) {
      flags.add(String.format("not-chinese: only %d%% of the letters are Han characters", Math.round(100.0 * han / letters)));
    } else if (metadata.docNumber() == null && metadata.title() == null && outline.headings().isEmpty() && tasks == 0) {
      flags.add("not-a-policy-document: no 发文字号, title, headings or tasks found");
    }
    return flags;
  }
}
