package org.gongwen.policy.batch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The {@code --include}/{@code --exclude} globs of a walk. A glob with a {@code /} is matched against
 * the path relative to the directory named on the command line ({@code sub/*.txt}, {@code **}{@code /drafts/**}),
 * one without against the file name alone ({@code *.pdf}). An excluded directory is not walked; an
 * excluded file, or a file that matches no include glob (when there are any), is no input at all: it is
 * not counted. Includes apply to files only, so directories are always walked.
 */
public final class PathFilter {

  /** Everything is an input. */
  public static final PathFilter ALL = new PathFilter(List.of(), List.of());

  private final List<Glob> includes;
  private final List<Glob> excludes;

  private record Glob(String text, PathMatcher matcher, boolean relative) {
    static Glob of(String text) {
      String t = text.replace('\\', '/');
      return new Glob(text, FileSystems.getDefault().getPathMatcher("glob:" + t), t.contains("/"));
    }

    boolean matches(Path root, Path path) {
      if (relative) {
        Path rel = path.startsWith(root) ? root.relativize(path) : path;
        return matcher.matches(rel);
      }
      Path name = path.getFileName();
      return name != null && matcher.matches(name);
    }
  }

  public PathFilter(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(Glob::of).toList();
    this.excludes = excludes.stream().map(Glob::of).toList();
  }

  /** False when an exclude glob matches {@code path} (a file or directory below {@code root}). */
  boolean accepts(Path root, Path path, boolean directory) {
    return excludes.stream().noneMatch(g -> g.matches(root, path));
  }

  /** Whether a file below {@code root} is an input as far as the include globs go. */
  boolean includes(Path root, Path file) {
    return includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(root, file));
  }

  @Override
  public String toString() {
    return "include " + includes.stream().map(Glob::text).toList() + " exclude "
        + excludes.stream().map(Glob::text).toList();
  }
}
