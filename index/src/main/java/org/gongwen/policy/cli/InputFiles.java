package org.gongwen.policy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.batch.InputWalk;

/** The input files a command line names: files as given, directories walked recursively. */
final class InputFiles {

  private InputFiles() {}

  /**
   * A file itself; a directory's regular files, recursively, in {@link InputWalk} order (sorted per
   * directory, depth-first), skipping hidden ones ({@code .DS_Store}, {@code .git/…}). Collects the
   * list: for bulk runs use {@link InputWalk} directly, which streams.
   *
   * @throws IOException naming the fact (not the path) when the path does not exist or cannot be walked
   */
  static List<Path> under(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    for (InputWalk walk = new InputWalk(List.of(path)); walk.hasNext(); ) {
      InputWalk.Item item = walk.next();
      if (item.problem() != null) {
        String fact = item.problem();
        throw new IOException(fact.startsWith("[") ? fact.substring(fact.indexOf("] ") + 2) : fact);
      }
      files.add(item.file());
    }
    return files;
  }
}
