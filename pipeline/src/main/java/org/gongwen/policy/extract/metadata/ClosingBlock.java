package org.gongwen.policy.extract.metadata;

import java.util.List;

/** The 版记: 抄送机关, 印发机关 and 印发日期, and a labelled 附注 printed above them. */
public record ClosingBlock(List<String> cc, String printedBy, String printedDate, String note) {
  public ClosingBlock {
    cc = List.copyOf(cc);
  }
}
