package org.gongwen.policy.extract.metadata;

import java.util.List;

/**
 * The 发文机关署名 with its 成文日期 and the 附注 under them.
 *
 * @param organs the organs of the signature (several for joint issuance); empty when it names a person
 * @param printed the signature as printed, white space removed, joint organs joined by 、
 * @param date the 成文日期, ISO
 * @param note the 附注 without brackets, or null
 */
public record Signature(List<String> organs, String printed, String date, String note) {
  public Signature {
    organs = List.copyOf(organs);
  }

  public static Signature none() {
    return new Signature(List.of(), null, null, null);
  }
}
