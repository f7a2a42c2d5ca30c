package org.gongwen.policy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes, hex, read once in a stream (the {@code source.sha256} of the JSON). */
public final class FileDigest {

  private FileDigest() {}

  /** The hex SHA-256 of the file and its length. */
  public static Result of(Path file) throws InputException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    long bytes = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        bytes += n;
      }
    } catch (IOException e) {
      throw new InputException(file, InputException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
    return new Result(HexFormat.of().formatHex(digest.digest()), bytes);
  }

  /** A file's hash and size. */
  public record Result(String sha256, long bytes) {}
}
