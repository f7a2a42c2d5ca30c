package org.gongwen.policy.eval;

import java.text.Normalizer;

/**
 * The comparison key of a text (spec §8): NFKC, no whitespace, one canonical bracket pair for
 * {@code （）()〈〉<>【】} and another for {@code 〔〕[]}, and no trailing {@code 。；，：}.
 *
 * <p>Steps, in order: NFKC (so {@code （} becomes {@code (}, {@code ，} becomes {@code ,},
 * {@code ［} becomes {@code [}); every bracket of the first group becomes {@code (} or {@code )}, every
 * bracket of the second group becomes {@code [} or {@code ]}; whitespace is dropped (anything
 * {@link Character#isWhitespace} or {@link Character#isSpaceChar} says is a space, plus the invisible
 * U+200B–U+200D and U+FEFF); then trailing {@code 。 ; , :} (the NFKC forms of {@code 。；，：}) are
 * dropped repeatedly. {@code null} stays {@code null}.
 */
public final class TextKey {

  private TextKey() {}

  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(cp -> {
      if (!isSpace(cp)) {
        out.appendCodePoint(canonicalBracket(cp));
      }
    });
    int end = out.length();
    while (end > 0 && isTrailingPunctuation(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || (cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF;
  }

  private static int canonicalBracket(int cp) {
    return switch (cp) {
      case '(', '〈', '<', '【' -> '(';
      case ')', '〉', '>', '】' -> ')';
      case '〔' -> '[';
      case '〕' -> ']';
      default -> cp;
    };
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == '。' || c == ';' || c == ',' || c == ':';
  }
}
