package org.gongwen.policy.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's seed and sample inputs, seen from a test's working directory (the module folder). */
public final class RepoFiles {

  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> FORMATS = List.of(".txt", ".pdf", ".docx", ".doc", ".html", ".ofd");

  private RepoFiles() {}

  /** Seeds and format samples (not the mini samples), sorted. */
  public static List<Path> inputs() {
    return Stream.concat(files(ROOT.resolve("seeds")), files(ROOT.resolve("samples"))).toList();
  }

  public static List<Path> seeds() {
    return files(ROOT.resolve("seeds")).toList();
  }

  private static Stream<Path> files(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile)
          .filter(p -> FORMATS.stream().anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("[" + dir + "] cannot list: " + e.getMessage(), e);
    }
  }

  /** The path as a user at the repository root types it: {@code samples/x.pdf}. */
  public static String relative(Path file) {
    return ROOT.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** The stem that pairs a file with its seed's gold: {@code 000_4ed772c9b4959484}. */
  public static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf('.'));
  }
}
