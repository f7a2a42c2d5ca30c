package org.gongwen.policy.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongwen.policy.index.PolicyIndexer;

/**
 * Applies outcomes to an index, in input order: adds extracted documents (replacing the file's old
 * entries), links byte-identical files and republished notices (same 发文字号 and title, e.g. the PDF and
 * the HTML page of one notice) to the first holder instead of indexing them twice, removes the
 * stale entries of a file that now fails, is skipped or became a duplicate, writes the reports, and commits every
 * {@code commitEvery} changes so that a killed run keeps all work up to its last commit.
 *
 * <p>Decisions (index, link, remove) are taken on the calling thread in input order; the adding itself
 * (building the Lucene entries and analyzing their text, most of an import's CPU) runs on {@code threads}
 * threads of the sink's own, since Lucene's {@code IndexWriter} takes additions from several threads.
 * Each file's entries are one atomic {@code updateDocuments} block, so the index holds the same entries
 * whatever the timing; an addition's result (indexed, or a failure report) is settled in input order, so
 * the counts and reports do not depend on the timing either. At most {@code 2 × threads} additions wait;
 * {@link #close()} waits for the last ones.
 */
public final class IndexSink implements BatchRunner.Sink, AutoCloseable {

  /** Why a file was linked instead of indexed: byte-identical to another file. */
  public static final String SAME_BYTES = "same bytes";
  /** Why a file was linked instead of indexed: the same notice (发文字号 and title) republished. */
  public static final String SAME_NOTICE = "same 发文字号 and title";

  private final PolicyIndexer indexer;
  private final Manifest manifest;
  private final JsonlLog failures;
  private final JsonlLog duplicates;
  private final JsonlLog skips;
  private final PrintWriter err;
  private final boolean verbose;
  private final int commitEvery;
  private final ExecutorService adders;
  private final int maxPending;
  /** Additions under way, in input order. */
  private final Deque<PendingAdd> pending = new ArrayDeque<>();
  /** Content hash to the first file indexed with it in this run. */
  private final Map<String, String> indexedThisRun = new HashMap<>();
  /** Notice (发文字号 and title) to the first file indexed with it in this run. */
  private final Map<String, String> noticesThisRun = new HashMap<>();

  private long done;
  private long unchanged;
  private long skipped;
  private long duplicate;
  private long failed;
  private int uncommitted;

  private record PendingAdd(Outcome.Done done, String key, Future<?> result) {}

  /** A sink that adds on one thread of its own. */
  public IndexSink(PolicyIndexer indexer, Manifest manifest, JsonlLog failures, JsonlLog duplicates,
      JsonlLog skips, PrintWriter err, boolean verbose, int commitEvery) {
    this(indexer, manifest, failures, duplicates, skips, err, verbose, commitEvery, 1);
  }

  /** A sink that adds documents on {@code threads} threads of its own. */
  public IndexSink(PolicyIndexer indexer, Manifest manifest, JsonlLog failures, JsonlLog duplicates,
      JsonlLog skips, PrintWriter err, boolean verbose, int commitEvery, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.adders = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "index-add");
      t.setDaemon(true);
      return t;
    });
    this.maxPending = 2 * threads;
    this.indexer = indexer;
    this.manifest = manifest;
    this.failures = failures;
    this.duplicates = duplicates;
    this.skips = skips;
    this.err = err;
    this.verbose = verbose;
    this.commitEvery = commitEvery;
  }

  /** The key a file has in the index (as {@link org.gongwen.policy.model.Source#file()}). */
  public static String key(Path file) {
    return file.toString().replace('\\', '/');
  }

  /** Precheck against the last commit: unchanged files and copies of still-present indexed files. */
  public static BatchRunner.Precheck precheck(Manifest manifest) {
    return (file, sha, bytes) -> {
      String key = key(file);
      if (manifest.unchanged(key, sha)) {
        return new Outcome.Unchanged(file, sha, bytes, 0);
      }
      return manifest.holderOf(sha)
          .filter(holder -> !holder.equals(key) && stillHolds(holder, sha))
          .<Outcome>map(holder -> new Outcome.Duplicate(file, sha, bytes, holder, 0))
          .orElse(null);
    };
  }

  private static boolean stillHolds(String holder, String sha) {
    try {
      return sha.equals(Hashing.sha256(Path.of(holder)));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void accept(Outcome outcome) throws IOException {
    String key = key(outcome.file());
    if (outcome instanceof Outcome.Done d) {
      String first = indexedThisRun.putIfAbsent(d.sha256(), key);
      if (first != null && !first.equals(key)) {
        finish();
        linked(new Outcome.Duplicate(d.file(), d.sha256(), d.bytes(), first, d.elapsedMs()), key, SAME_BYTES);
        return;
      }
      String notice = NoticeKey.of(d.document().metadata().docNumber(), d.document().metadata().title());
      String self = d.document().source().file();
      if (notice != null) {
        String holder = noticesThisRun.putIfAbsent(notice, key);
        if (holder == null) {
          holder = manifest.holderOfNotice(notice).filter(h -> !h.equals(key) && !h.equals(self)).orElse(null);
        }
        if (holder != null && !holder.equals(key)) {
          finish();
          linked(new Outcome.Duplicate(d.file(), d.sha256(), d.bytes(), holder, d.elapsedMs()), key, SAME_NOTICE);
          return;
        }
      }
      pending.add(new PendingAdd(d, key, adders.submit(() -> {
        try {
          indexer.add(d.document());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })));
      settle(pending.size() > maxPending);
      return;
    }
    if (outcome instanceof Outcome.Unchanged) {
      settle(false);
    } else {
      finish(); // the reports list files in input order: earlier additions may still fail
    }
    if (outcome instanceof Outcome.Unchanged u) {
      indexedThisRun.putIfAbsent(u.sha256(), key);
      unchanged++;
    } else if (outcome instanceof Outcome.Duplicate d) {
      linked(d, key, SAME_BYTES);
    } else if (outcome instanceof Outcome.Skipped s) {
      skipped++;
      skips.skipped(s);
      if (verbose) {
        err.println(s.message());
      }
      if (manifest.contains(key)) {
        indexer.delete(key);
        changed();
      }
    } else {
      fail((Outcome.Failed) outcome, key);
    }
  }

  /**
   * Settles finished additions at the head of the queue, in input order; with {@code wait}, waits for
   * the head first (back pressure).
   */
  private void settle(boolean wait) throws IOException {
    while (!pending.isEmpty() && (wait || pending.peek().result().isDone())) {
      PendingAdd head = pending.poll();
      wait = false;
      Outcome.Done d = head.done();
      try {
        head.result().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing " + d.file(), e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        if (cause instanceof IllegalArgumentException bad) {
          fail(new Outcome.Failed(d.file(), d.sha256(), d.bytes(), Outcome.INTERNAL,
              "[" + d.file() + "] cannot index: " + bad.getMessage(), null, d.elapsedMs()), head.key());
          continue;
        }
        throw new IOException("[" + d.file() + "] cannot index: " + cause, cause);
      }
      done++;
      changed();
    }
  }

  /** Waits for every addition under way and settles it; the sink takes no more outcomes after this. */
  public void finish() throws IOException {
    while (!pending.isEmpty()) {
      settle(true);
    }
  }

  /** Stops the adding threads; additions not yet settled are abandoned (not counted). */
  @Override
  public void close() {
    adders.shutdownNow();
    try {
      adders.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void linked(Outcome.Duplicate d, String key, String reason) throws IOException {
    duplicate++;
    duplicates.duplicate(d, reason);
    if (manifest.contains(key)) {
      indexer.delete(key);
      changed();
    }
  }

  private void fail(Outcome.Failed f, String key) throws IOException {
    failed++;
    failures.failure(f);
    err.println(f.message());
    if (verbose && f.trace() != null) {
      err.print(f.trace());
    }
    if (manifest.contains(key)) {
      indexer.delete(key);
      changed();
    }
  }

  private void changed() throws IOException {
    if (++uncommitted >= commitEvery) {
      indexer.commit();
      uncommitted = 0;
    }
  }

  public Tally tally() {
    return new Tally(done, unchanged, skipped, duplicate, failed);
  }
}
