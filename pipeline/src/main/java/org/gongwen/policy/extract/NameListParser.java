package org.gongwen.policy.extract;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed list of names (主送机关, 抄送机关, 责任单位) into items: on 、，,；; and optionally white
 * space, but never inside brackets or quotes, so {@code 各县（市、区）政府} and {@code “一区五园”所在地政府}
 * stay whole. Items are trimmed; empty items (a stray trailing 、) are dropped.
 */
public final class NameListParser {

  private static final Pattern TRAILING_MARKS = Pattern.compile("[。：:]+$");

  private static final String OPEN = "（(〈<【[〔《“‘「『";
  private static final String CLOSE = "）)〉>】]〕》”’」』";

  private static final String SEPARATORS = "、，,；;";

  private final boolean splitOnSpace;
  private final String separators;

  /** @param splitOnSpace whether white space separates names too (table cells: {@code 市住建局 市委组织部}) */
  public NameListParser(boolean splitOnSpace) {
    this(splitOnSpace, SEPARATORS);
  }

  /**
   * @param splitOnSpace whether white space separates items too
   * @param separators the characters that separate items (outside brackets and quotes)
   */
  public NameListParser(boolean splitOnSpace, String separators) {
    this.splitOnSpace = splitOnSpace;
    this.separators = separators;
  }

  public List<String> split(String list) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (OPEN.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
      boolean separator = separators.indexOf(c) >= 0 || (splitOnSpace && Character.isWhitespace(c));
      if (separator && depth == 0) {
        add(out, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder item) {
    String s = withoutTrailingMarks(item.toString().strip());
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /**
   * {@code TRAILING_MARKS} removed, then stripped. The pattern can only match when the stripped item ends in
   * one of its marks, or in U+0085 (a line end for {@code $} that {@link String#strip} keeps), so every other
   * item skips it.
   */
  static String withoutTrailingMarks(String stripped) {
    if (stripped.isEmpty() || "。：:\u0085".indexOf(stripped.charAt(stripped.length() - 1)) < 0) {
      return stripped;
    }
    return TRAILING_MARKS.matcher(stripped).replaceAll("").strip();
  }
}
