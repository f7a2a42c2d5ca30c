package org.gongwen.policy.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens the resource files of the lexicon, one step of {@link Lexicon#standard()}: straight from the jar
 * or class folder this package was loaded from when there is one, through the class loader otherwise.
 * The class loader's way builds a {@code jar:} URL and a connection per file, which for the hundred-odd
 * lists of a cold one-file run was about 5 % of its CPU; reading the entries of the already opened jar
 * (the JVM shares one central directory per jar file) gives the same bytes. Close it after use.
 */
final class ListFiles implements AutoCloseable {

  private final String base;
  private final ZipFile jar;
  private final Path folder;

  private ListFiles(String base, ZipFile jar, Path folder) {
    this.base = base;
    this.jar = jar;
    this.folder = folder;
  }

  /**
   * The lists under {@code base} (a resource folder of this package, {@code /org/…/lexicon/}), read from
   * where this class came from.
   */
  static ListFiles open(String base) {
    return open(base, origin());
  }

  /** The lists under {@code base} in the jar or class folder {@code origin}; null: the class loader's. */
  static ListFiles open(String base, Path origin) {
    try {
      if (origin != null && Files.isDirectory(origin)) {
        return new ListFiles(base, null, origin);
      }
      if (origin != null && Files.isRegularFile(origin)) {
        return new ListFiles(base, new ZipFile(origin.toFile()), null);
      }
    } catch (IOException e) {
      // not a readable jar after all: the class loader can still find the lists
    }
    return new ListFiles(base, null, null);
  }

  /** The file's bytes as a stream, or null when there is no such list. */
  InputStream stream(String file) throws IOException {
    String resource = base + file;
    if (folder != null) {
      Path path = folder.resolve(resource.substring(1));
      return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
    }
    if (jar != null) {
      ZipEntry entry = jar.getEntry(resource.substring(1));
      return entry == null ? null : jar.getInputStream(entry);
    }
    return ListFiles.class.getResourceAsStream(resource);
  }

  /** Where this class was loaded from (a jar or a class folder), or null when that is not a local file. */
  private static Path origin() {
    CodeSource source = ListFiles.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null || !"file".equals(location.getProtocol())) {
      return null;
    }
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void close() {
    if (jar != null) {
      try {
        jar.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + jar.getName(), e);
      }
    }
  }
}
