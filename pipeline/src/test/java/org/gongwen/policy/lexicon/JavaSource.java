package org.gongwen.policy.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * One Java source file read just far enough to find its string literals: comments are blanked, and the
 * {@link #skeleton()} keeps the code with every literal's content blanked (quotes kept, length and line
 * breaks unchanged), so parentheses, commas and semicolons can be matched without being fooled by text.
 */
final class JavaSource {

  /** A string literal: source offsets of its opening and closing quote, and its value after Java escapes. */
  record Literal(int start, int end, String value) {}

  private final String code;
  private final String skeleton;
  private final List<Literal> literals;

  JavaSource(String code) {
    this.code = code;
    StringBuilder sk = new StringBuilder(code.length());
    List<Literal> found = new ArrayList<>();
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
        int end = code.indexOf('\n', i);
        end = end < 0 ? code.length() : end;
        blank(sk, code, i, end);
        i = end;
      } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
        int end = code.indexOf("*/", i + 2);
        end = end < 0 ? code.length() : end + 2;
        blank(sk, code, i, end);
        i = end;
      } else if (code.startsWith("\"\"\"", i)) {
        int end = code.indexOf("\"\"\"", i + 3);
        end = end < 0 ? code.length() : end + 3;
        found.add(new Literal(i, end - 1, code.substring(i + 3, Math.max(i + 3, end - 3))));
        sk.append("\"");
        blank(sk, code, i + 1, end - 1);
        sk.append("\"");
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        StringBuilder value = new StringBuilder();
        while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
          if (code.charAt(j) == '\\' && j + 1 < code.length()) {
            j = unescape(code, j, value);
          } else {
            value.append(code.charAt(j++));
          }
        }
        if (c == '"') {
          found.add(new Literal(i, j, value.toString()));
        }
        sk.append(c);
        blank(sk, code, i + 1, j);
        if (j < code.length()) {
          sk.append(code.charAt(j));
        }
        i = j + 1;
      } else {
        sk.append(c);
        i++;
      }
    }
    this.skeleton = sk.toString();
    this.literals = List.copyOf(found);
  }

  String skeleton() {
    return skeleton;
  }

  List<Literal> literals() {
    return literals;
  }

  /** The literal whose opening quote is at {@code offset}, or null. */
  Literal literalAt(int offset) {
    for (Literal l : literals) {
      if (l.start() == offset) {
        return l;
      }
    }
    return null;
  }

  /** 1-based line of an offset. */
  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < code.length(); i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The source text of a line, stripped. */
  String line(int line) {
    return code.split("\n", -1)[line - 1].strip();
  }

  /** Offset of the bracket closing the one at {@code open} in the skeleton (or the end). */
  int closing(int open) {
    int depth = 0;
    for (int i = open; i < skeleton.length(); i++) {
      char ch = skeleton.charAt(i);
      if (ch == '(' || ch == '{' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '}' || ch == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return skeleton.length();
  }

  private static int unescape(String code, int j, StringBuilder value) {
    char e = code.charAt(j + 1);
    switch (e) {
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 's' -> value.append(' ');
      case 'u' -> {
        int k = j + 1;
        while (k < code.length() && code.charAt(k) == 'u') {
          k++;
        }
        value.append((char) Integer.parseInt(code.substring(k, k + 4), 16));
        return k + 4;
      }
      default -> {
        if (e >= '0' && e <= '7') {
          int k = j + 1;
          while (k < code.length() && k < j + 4 && code.charAt(k) >= '0' && code.charAt(k) <= '7') {
            k++;
          }
          value.append((char) Integer.parseInt(code.substring(j + 1, k), 8));
          return k;
        }
        value.append(e);
      }
    }
    return j + 2;
  }

  private static void blank(StringBuilder sk, String code, int from, int to) {
    for (int k = from; k < to; k++) {
      sk.append(code.charAt(k) == '\n' ? '\n' : ' ');
    }
  }
}
