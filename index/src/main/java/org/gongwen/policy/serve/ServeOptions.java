package org.gongwen.policy.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code policy serve} runs.
 *
 * @param index the index directory (opened read-only)
 * @param bind the address listened on; 127.0.0.1 unless the operator says otherwise
 * @param port the port, 0 for any free one
 * @param maxBytes the largest upload {@code POST /api/v1/extract} accepts
 * @param searchSlots API requests served at once (search, compare, exports, documents)
 * @param queueWaitMs longest a request waits for a slot before 503
 * @param extractWorkers child JVMs extracting uploads at once
 * @param extractTimeout the most one upload's extraction may take
 * @param workerHeap the extraction child's heap cap, e.g. {@code 512m}
 */
public record ServeOptions(Path index, String bind, int port, long maxBytes, int searchSlots, long queueWaitMs,
    int extractWorkers, Duration extractTimeout, String workerHeap) {

  /** Seconds a refused client is told to wait (Retry-After). */
  public static final int RETRY_AFTER_SECONDS = 1;

  /** Defaults for an index: loopback, port 8080, 50 MB uploads, 8 slots, 1 s wait, 1 worker, 60 s. */
  public static ServeOptions defaults(Path index) {
    return new ServeOptions(index, "127.0.0.1", 8080, 50L * 1024 * 1024, 8, 1000, 1, Duration.ofSeconds(60), "512m");
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(index, bind, p, maxBytes, searchSlots, queueWaitMs, extractWorkers, extractTimeout, workerHeap);
  }

  public ServeOptions withMaxBytes(long m) {
    return new ServeOptions(index, bind, port, m, searchSlots, queueWaitMs, extractWorkers, extractTimeout, workerHeap);
  }

  public ServeOptions withSlots(int slots, long waitMs) {
    return new ServeOptions(index, bind, port, maxBytes, slots, waitMs, extractWorkers, extractTimeout, workerHeap);
  }
}
