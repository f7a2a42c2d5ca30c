package org.gongwen.policy.extract.language;

/** One segmented word: its text, HanLP part-of-speech tag ({@code n}, {@code v}, {@code nt} …) and offset. */
public record Token(String word, String nature, int offset) {

  public int end() {
    return offset + word.length();
  }

  /** A verb, not a verbal noun: {@code 培育/v}, {@code 推进/vi}, but not {@code 建设/vn}. */
  public boolean verb() {
    return nature.startsWith("v") && !nature.equals("vn");
  }

  /** A noun of any kind, a verbal noun, an organization or place name, or an abbreviation. */
  public boolean nounLike() {
    return nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.equals("nx");
  }
}
