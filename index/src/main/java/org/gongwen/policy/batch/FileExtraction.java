package org.gongwen.policy.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gongwen.policy.ingest.InputException;
import org.gongwen.policy.model.PolicyDocument;

/** Runs one extraction and maps every way it can end to an {@link Outcome}; shared by both workers. */
public final class FileExtraction {

  /** File to document: the pipeline, or a stand-in in tests. */
  @FunctionalInterface
  public interface Extractor {
    PolicyDocument extract(Path file) throws InputException;
  }

  private FileExtraction() {}

  /** Done, or Failed with the reason code; hash, size and time are left for the runner to fill. */
  static Outcome run(Extractor extractor, Path file) {
    try {
      PolicyDocument doc = extractor.extract(file);
      return new Outcome.Done(file, null, 0, doc, 0);
    } catch (InputException e) {
      return failed(file, e.reason().code(), e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      return failed(file, "too-large", "[" + file + "] needs more memory than this JVM has: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      return failed(file, Outcome.INTERNAL, "[" + file + "] internal error: " + describe(e), e);
    }
  }

  static Outcome.Failed failed(Path file, String code, String message, Throwable cause) {
    return new Outcome.Failed(file, null, 0, code, message, cause == null ? null : trace(cause), 0);
  }

  /** {@code ClassName: message}, or the class name alone when there is no message. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String name = e.getClass().getName();
    return message == null || message.isBlank() ? name : name + ": " + message.replace('\n', ' ');
  }

  static String trace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
