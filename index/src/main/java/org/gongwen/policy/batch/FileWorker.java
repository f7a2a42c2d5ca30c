package org.gongwen.policy.batch;

import java.nio.file.Path;

/**
 * Extracts one file at a time. One instance per pool thread; implementations need not be thread-safe.
 * {@link #process} never throws: every problem becomes an {@link Outcome.Failed}.
 */
public interface FileWorker extends AutoCloseable {

  /** Extracts {@code file}; the returned outcome is {@link Outcome.Done} or {@link Outcome.Failed}. */
  Outcome process(Path file);

  /** Releases the worker (stops its process, if any). */
  @Override
  void close();

  /** Creates workers; called once per pool thread. */
  @FunctionalInterface
  interface Factory {
    FileWorker create();
  }
}
