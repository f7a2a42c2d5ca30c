package org.gongwen.policy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The input files a command line names: files as given, directories walked recursively. */
final class InputFiles {

  private InputFiles() {}

  /**
   * A file itself; a directory's regular files, recursively, sorted by path, skipping hidden ones
   * ({@code .DS_Store}, {@code .git/…}: names starting with a dot below the given directory).
   *
   * @throws IOException naming the fact (not the path) when the path does not exist or cannot be walked
   */
  static List<Path> under(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException("no such file or directory");
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        return walk.filter(Files::isRegularFile)
            .filter(p -> !hiddenBelow(path, p))
            .sorted()
            .toList();
      }
    }
    return List.of(path);
  }

  private static boolean hiddenBelow(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
