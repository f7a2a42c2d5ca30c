package org.gongwen.policy.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many requests of one kind run at once. A request waits at most {@code maxWaitMs} for a
 * slot; when none frees up it is refused (503 with Retry-After, GROBID's convention) instead of queueing
 * without bound. Thread-safe.
 */
public final class Admission {

  private final String name;
  private final Semaphore slots;
  private final long maxWaitMs;
  private final int retryAfterSeconds;

  /**
   * @param name what is limited, for the refusal message
   * @param concurrent requests running at once, at least 1
   * @param maxWaitMs longest wait for a slot, 0 for none
   * @param retryAfterSeconds the Retry-After a refused client gets
   */
  public Admission(String name, int concurrent, long maxWaitMs, int retryAfterSeconds) {
    if (concurrent < 1) {
      throw new IllegalArgumentException(name + ": at least one concurrent request, got [" + concurrent + "]");
    }
    this.name = name;
    this.slots = new Semaphore(concurrent, true);
    this.maxWaitMs = Math.max(0, maxWaitMs);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A held slot; closing it frees the slot. */
  public interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes a slot, waiting up to the limit.
   *
   * @throws ApiException 503 {@code busy} when no slot frees up in time
   */
  public Slot enter() {
    boolean got;
    try {
      got = maxWaitMs == 0 ? slots.tryAcquire() : slots.tryAcquire(maxWaitMs, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      got = false;
    }
    if (!got) {
      throw ApiException.busy("server busy: all " + name + " slots in use; retry after " + retryAfterSeconds + " s");
    }
    return slots::release;
  }

  /** Seconds a refused client is told to wait. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Slots free now (for tests and diagnostics). */
  public int available() {
    return slots.availablePermits();
  }
}
