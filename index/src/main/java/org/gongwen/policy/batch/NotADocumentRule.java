package org.gongwen.policy.batch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a file that is not a document from a document that failed. A file is <em>not a document</em>
 * when both its name and its content say so: its extension is none of the document formats
 * ({@link #DOCUMENT_EXTENSIONS}) and its content was detected as a type no reader takes
 * ({@code unsupported-type}): a {@code .json}, {@code .md}, {@code .py} or {@code .sh} file, an image, an
 * archive. Such a file is skipped ({@code not-a-document}), not failed. A file whose name claims a document
 * format ({@code x.txt} of random bytes, {@code x.rtf}) still fails as {@code unsupported-type}, and a
 * {@code .json} file whose content is a PDF is read as the PDF it is.
 */
public final class NotADocumentRule {

  /** Extensions of the formats a reader takes, and of formats a user would expect to be read. */
  static final Set<String> DOCUMENT_EXTENSIONS = Set.of(
      "pdf", "docx", "doc", "dotx", "dot", "docm", "wps", "odt", "ott", "rtf",
      "html", "htm", "xhtml", "shtml", "mht", "mhtml", "txt", "text");

  /** The failure code of content no reader takes. */
  static final String UNSUPPORTED = "unsupported-type";

  private NotADocumentRule() {}

  /** The skip that replaces {@code failed}, or {@code failed} itself when it is a real failure. */
  public static Outcome apply(Outcome.Failed failed) {
    if (!UNSUPPORTED.equals(failed.error()) || hasDocumentName(failed.file())) {
      return failed;
    }
    String prefix = "[" + failed.file() + "] ";
    String fact = failed.message().startsWith(prefix) ? failed.message().substring(prefix.length()) : failed.message();
    return new Outcome.Skipped(failed.file(), failed.sha256(), failed.bytes(), InputWalk.Skip.NOT_A_DOCUMENT,
        prefix + "not a document by name or content: " + fact, failed.elapsedMs());
  }

  /** Whether the file name ends in the extension of a document format. */
  static boolean hasDocumentName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 && DOCUMENT_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
