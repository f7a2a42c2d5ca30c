package org.gongwen.policy.batch;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The input files of a command line, streamed: files as given; directories walked depth-first, each
 * directory's entries in sorted order, skipping hidden names (starting with a dot) and names the
 * {@link PathFilter} leaves out below the given directory. Only the directories on the current path are
 * held (plus the identity of every directory walked, to stop cycles), so memory grows with the widest
 * directory and the number of directories, not with the number of files.
 *
 * <p>Every entry that is not an input file still comes out, in its place in the order, as an
 * {@link Item} that is failed (a path that does not exist, a directory that cannot be listed) or
 * skipped with a reason code ({@link Skip}): FIFOs, sockets and devices, dangling links, links that loop,
 * links that lead out of the input trees, links to directories, and directories already walked. So a
 * walk always ends, never reads outside the trees it was given unless {@code followLinks}, and accounts
 * for every entry. Paths named on the command line are followed when they are links (the user named
 * them); their real locations are the input trees.
 */
public final class InputWalk implements Iterator<InputWalk.Item> {

  /** Why an entry is not an input (reason codes of {@code skipped.jsonl}). */
  public static final class Skip {
    /** A FIFO, socket or device: reading it could block forever or never end. */
    public static final String SPECIAL_FILE = "special-file";
    /** A symbolic link whose target does not exist. */
    public static final String DANGLING_LINK = "dangling-link";
    /** A symbolic link that resolves to itself (too many levels of links). */
    public static final String LINK_LOOP = "link-loop";
    /** A symbolic link to a path outside every input tree (read only with --follow-links). */
    public static final String OUTSIDE_INPUT = "link-outside-input";
    /** A symbolic link to a directory (followed only with --follow-links). */
    public static final String DIRECTORY_LINK = "directory-link";
    /** A directory reached a second time (a link cycle, or the same tree named twice). */
    public static final String ALREADY_WALKED = "directory-already-walked";
    /** Not a document by name and by content (a script, a JSON file, an image...). */
    public static final String NOT_A_DOCUMENT = "not-a-document";

    private Skip() {}
  }

  /**
   * One entry.
   *
   * @param file the path as reached from the command line
   * @param error reason code when the entry fails (then {@code message} says why), else null
   * @param skipped reason code when the entry is skipped (a {@link Skip} constant), else null
   * @param message one line naming the entry in brackets, for failed and skipped entries
   */
  public record Item(Path file, String error, String skipped, String message) {
    static Item file(Path file) {
      return new Item(file, null, null, null);
    }

    static Item failed(Path file, String error, String fact) {
      return new Item(file, error, null, "[" + file + "] " + fact);
    }

    static Item skipped(Path file, String reason, String fact) {
      return new Item(file, null, reason, "[" + file + "] " + fact);
    }

    /** Whether this is a file to extract. */
    public boolean isInput() {
      return error == null && skipped == null;
    }
  }

  private final Iterator<Path> roots;
  private final List<Path> trees;
  private final boolean followLinks;
  private final PathFilter filter;
  private final Deque<Level> stack = new ArrayDeque<>();
  private final Set<Object> walked = new HashSet<>();
  private Item next;

  /** One open directory: its remaining entries and the root it belongs to (for the filter). */
  private record Level(Iterator<Path> entries, Path root) {}

  /** Walks without following links out of the trees and without a filter. */
  public InputWalk(List<Path> paths) {
    this(paths, false, PathFilter.ALL);
  }

  /**
   * @param followLinks whether links to directories and to paths outside the input trees are followed
   *     (cycles are still cut: each directory is walked once)
   */
  public InputWalk(List<Path> paths, boolean followLinks, PathFilter filter) {
    this.roots = List.copyOf(paths).iterator();
    this.trees = realPaths(paths);
    this.followLinks = followLinks;
    this.filter = filter;
  }

  private static List<Path> realPaths(List<Path> paths) {
    List<Path> real = new ArrayList<>();
    for (Path p : paths) {
      try {
        real.add(p.toRealPath());
      } catch (IOException | RuntimeException e) {
        // a missing root is reported in its place in the walk
      }
    }
    return List.copyOf(real);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private Item advance() {
    while (true) {
      while (!stack.isEmpty() && !stack.peek().entries().hasNext()) {
        stack.pop();
      }
      Item item;
      if (!stack.isEmpty()) {
        Level level = stack.peek();
        item = entry(level.entries().next(), level.root());
      } else if (roots.hasNext()) {
        item = root(roots.next());
      } else {
        return null;
      }
      if (item != null) {
        return item;
      }
    }
  }

  /** A path named on the command line; links are followed. Null when it was a directory now open. */
  private Item root(Path path) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? Item.failed(path, "missing", "link to a path that does not exist")
          : Item.failed(path, "missing", "no such file or directory");
    }
    if (attrs.isDirectory()) {
      return open(path, attrs, path);
    }
    if (attrs.isRegularFile()) {
      return Item.file(path);
    }
    return Item.skipped(path, Skip.SPECIAL_FILE, "not a regular file (" + kind(attrs) + "): not read");
  }

  /** An entry below a root. Null when it is left out silently or was a directory now open. */
  private Item entry(Path path, Path root) {
    Path name = path.getFileName();
    if (name == null || name.toString().startsWith(".")) {
      return null;
    }
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      return Item.failed(path, "unreadable", "cannot read its attributes: " + e.getMessage());
    }
    boolean directory = own.isDirectory();
    if (!filter.accepts(root, path, directory)) {
      return null;
    }
    if (!own.isSymbolicLink()) {
      if (directory) {
        return open(path, own, root);
      }
      if (own.isRegularFile()) {
        return filter.includes(root, path) ? Item.file(path) : null;
      }
      return Item.skipped(path, Skip.SPECIAL_FILE, "not a regular file (" + kind(own) + "): not read");
    }
    return link(path, root);
  }

  private Item link(Path path, Path root) {
    Path target;
    try {
      target = path.toRealPath();
    } catch (NoSuchFileException e) {
      return Item.skipped(path, Skip.DANGLING_LINK, "link to a path that does not exist: " + linkText(path));
    } catch (FileSystemException e) {
      return Item.skipped(path, Skip.LINK_LOOP, "link that cannot be resolved (" + e.getReason() + "): "
          + linkText(path));
    } catch (IOException | RuntimeException e) {
      return Item.skipped(path, Skip.DANGLING_LINK, "link that cannot be resolved: " + e.getMessage());
    }
    if (!followLinks && trees.stream().noneMatch(target::startsWith)) {
      return Item.skipped(path, Skip.OUTSIDE_INPUT,
          "link to " + target + ", outside the input: not read (--follow-links reads it)");
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return Item.skipped(path, Skip.DANGLING_LINK, "link that cannot be resolved: " + e.getMessage());
    }
    if (attrs.isDirectory()) {
      if (!followLinks) {
        return Item.skipped(path, Skip.DIRECTORY_LINK,
            "link to the directory " + target + ": not followed (--follow-links follows it)");
      }
      return open(path, attrs, root);
    }
    if (attrs.isRegularFile()) {
      return filter.includes(root, path) ? Item.file(path) : null;
    }
    return Item.skipped(path, Skip.SPECIAL_FILE, "link to " + target + ", not a regular file ("
        + kind(attrs) + "): not read");
  }

  /** Pushes the directory's sorted entries unless it was walked before. */
  private Item open(Path dir, BasicFileAttributes attrs, Path root) {
    Object key = attrs.fileKey();
    if (key == null) {
      try {
        key = dir.toRealPath();
      } catch (IOException | RuntimeException e) {
        key = dir.toAbsolutePath().normalize();
      }
    }
    if (!walked.add(key)) {
      return Item.skipped(dir, Skip.ALREADY_WALKED, "directory already walked (a link cycle or a repeated path)");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      stack.push(new Level(entries.sorted().toList().iterator(), root));
    } catch (IOException | RuntimeException e) {
      return Item.failed(dir, "unreadable", "cannot list directory: " + e.getMessage());
    }
    return null;
  }

  private static String linkText(Path link) {
    try {
      return link + " -> " + Files.readSymbolicLink(link);
    } catch (IOException | RuntimeException e) {
      return link.toString();
    }
  }

  private static String kind(BasicFileAttributes attrs) {
    return attrs.isOther() ? "a FIFO, socket or device" : "not a file or directory";
  }

  /** How many inputs and bytes a walk will yield. */
  public record Totals(long files, long bytes) {}

  /** Number of entries and the total size of the input files, walking once more (progress totals). */
  public static Totals count(List<Path> paths, boolean followLinks, PathFilter filter) {
    long files = 0;
    long bytes = 0;
    for (InputWalk walk = new InputWalk(paths, followLinks, filter); walk.hasNext(); ) {
      Item item = walk.next();
      files++;
      if (item.isInput()) {
        try {
          bytes += Files.size(item.file());
        } catch (IOException e) {
          // counted as 0 bytes; the real pass reports it
        }
      }
    }
    return new Totals(files, bytes);
  }

  /** {@link #count(List, boolean, PathFilter)} without following links or a filter. */
  public static Totals count(List<Path> paths) {
    return count(paths, false, PathFilter.ALL);
  }
}
