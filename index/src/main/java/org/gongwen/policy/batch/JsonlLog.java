package org.gongwen.policy.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongwen.policy.json.PolicyJson;

/**
 * A JSON-lines report, truncated at open and flushed after each line (a killed run leaves whole lines).
 * {@code failures.jsonl} has one {@code {file, sha256, error, message, elapsedMs}} per failed input.
 */
public final class JsonlLog implements Closeable {

  private final Path file;
  private final BufferedWriter out;
  private final PolicyJson json = new PolicyJson();

  private JsonlLog(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** Creates (or truncates) the file, and its parent directories. */
  public static JsonlLog create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      return new JsonlLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException("[" + file + "] cannot write report: " + e.getMessage(), e);
    }
  }

  /** The failure line of {@code f}. */
  public void failure(Outcome.Failed f) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", f.file().toString());
    line.put("sha256", f.sha256());
    line.put("error", f.error());
    line.put("message", f.message());
    line.put("elapsedMs", f.elapsedMs());
    write(line);
  }

  /** The line of a skipped entry: {@code {file, reason, message}}. */
  public void skipped(Outcome.Skipped s) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", s.file().toString());
    line.put("reason", s.reason());
    line.put("message", s.message());
    write(line);
  }

  /** The link line of {@code d}, with why it was linked. */
  public void duplicate(Outcome.Duplicate d, String reason) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", d.file().toString());
    line.put("sha256", d.sha256());
    line.put("duplicateOf", d.original());
    line.put("reason", reason);
    write(line);
  }

  private void write(Map<String, Object> line) throws IOException {
    try {
      out.write(json.toLine(line));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new IOException("[" + file + "] cannot write report: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
