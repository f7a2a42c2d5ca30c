package org.gongwen.policy.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The input files of a command line, streamed: files as given; directories walked depth-first, each
 * directory's entries in sorted order, skipping hidden names (starting with a dot) below the given
 * directory. Only the directories on the current path are held, so memory grows with the widest
 * directory, not with the number of files. A path that does not exist or a directory that cannot be
 * listed comes out as an {@link Item} with a problem, in its place in the order.
 */
public final class InputWalk implements Iterator<InputWalk.Item> {

  /**
   * One input.
   *
   * @param file the path
   * @param problem null for a regular file; else why it is no input ({@code error} is its reason code)
   * @param error reason code when {@code problem} is set
   */
  public record Item(Path file, String problem, String error) {
    static Item file(Path file) {
      return new Item(file, null, null);
    }
  }

  private final Iterator<Path> roots;
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private Item next;

  public InputWalk(List<Path> paths) {
    this.roots = List.copyOf(paths).iterator();
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
      while (!stack.isEmpty() && !stack.peek().hasNext()) {
        stack.pop();
      }
      Path path;
      boolean root;
      if (!stack.isEmpty()) {
        path = stack.peek().next();
        root = false;
      } else if (roots.hasNext()) {
        path = roots.next();
        root = true;
      } else {
        return null;
      }
      if (!root && path.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> entries = Files.list(path)) {
          stack.push(entries.sorted().toList().iterator());
        } catch (IOException | RuntimeException e) {
          return new Item(path, "[" + path + "] cannot list directory: " + e.getMessage(), "unreadable");
        }
        continue;
      }
      if (Files.isRegularFile(path)) {
        return Item.file(path);
      }
      if (root) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
            ? new Item(path, "[" + path + "] not a regular file", "unsupported-type")
            : new Item(path, "[" + path + "] no such file or directory", "missing");
      }
      // below a directory: sockets, fifos, dangling links are no documents; skip silently
    }
  }

  /** How many inputs and bytes a walk will yield. */
  public record Totals(long files, long bytes) {}

  /** Number of inputs and their total size, walking once more (for progress totals). */
  public static Totals count(List<Path> paths) {
    long files = 0;
    long bytes = 0;
    for (InputWalk walk = new InputWalk(paths); walk.hasNext(); ) {
      Item item = walk.next();
      files++;
      if (item.problem() == null) {
        try {
          bytes += Files.size(item.file());
        } catch (IOException e) {
          // counted as 0 bytes; the real pass reports it
        }
      }
    }
    return new Totals(files, bytes);
  }
}
