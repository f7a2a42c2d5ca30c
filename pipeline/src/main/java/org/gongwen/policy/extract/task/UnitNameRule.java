package org.gongwen.policy.extract.task;

/**
 * One printed unit name as spec §4 records it: the {@code *} / {@code ＊} lead mark and white space
 * dropped (page breaks inside a clause are joined), an opening {@code 由} dropped, bracketed aliases
 * normalized to 〈〉 ({@code 区委组织部（区人才办）} → {@code 区委组织部〈区人才办〉}), and a trailing
 * {@code 等} / {@code 等部门} ("and others") dropped ({@code 农业农村部等} → {@code 农业农村部}); longer tails
 * such as {@code 等有关部门} stay as printed. A cell that means "none" ({@code /}) gives "".
 */
public final class UnitNameRule {

  private static final java.util.regex.Pattern MARKS_AND_SPACE = java.util.regex.Pattern.compile("[*＊\\s]");

  private final TaskWords words;

  public UnitNameRule(TaskWords words) {
    this.words = words;
  }

  public String name(String raw) {
    String s = MARKS_AND_SPACE.matcher(raw).replaceAll("");
    if (words.emptyCell(s)) {
      return "";
    }
    if (s.startsWith("由") && s.length() > 3) {
      s = s.substring(1);
    }
    s = brackets(s);
    return words.withoutTail(s);
  }

  /** Opening brackets ({@code （(<【}) to 〈, closing ones to 〉: one pass, no pattern. */
  private static String brackets(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      switch (c[i]) {
        case '（', '(', '<', '【' -> c[i] = '〈';
        case '）', ')', '>', '】' -> c[i] = '〉';
        default -> { }
      }
    }
    return new String(c);
  }

  /** Whether the printed name carries a lead mark ({@code *市科技局}, {@code 市科技局＊}). */
  public boolean starred(String raw) {
    String t = raw.strip();
    return t.startsWith("*") || t.startsWith("＊") || t.endsWith("*") || t.endsWith("＊");
  }
}
