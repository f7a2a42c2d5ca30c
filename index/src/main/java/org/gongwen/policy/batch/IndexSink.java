package org.gongwen.policy.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gongwen.policy.index.PolicyIndexer;

/**
 * Applies outcomes to an index, in input order: adds extracted documents (replacing the file's old
 * entries), links byte-identical files and republished notices (same 发文字号 and title, e.g. the PDF and
 * the HTML page of one notice) to the first holder instead of indexing them twice, removes the
 * stale entries of a file that now fails, is skipped or became a duplicate, writes the reports, and commits every
 * {@code commitEvery} changes so that a killed run keeps all work up to its last commit.
 */
public final class IndexSink implements BatchRunner.Sink {

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

  public IndexSink(PolicyIndexer indexer, Manifest manifest, JsonlLog failures, JsonlLog duplicates,
      JsonlLog skips, PrintWriter err, boolean verbose, int commitEvery) {
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
          linked(new Outcome.Duplicate(d.file(), d.sha256(), d.bytes(), holder, d.elapsedMs()), key, SAME_NOTICE);
          return;
        }
      }
      try {
        indexer.add(d.document());
      } catch (IllegalArgumentException e) {
        fail(new Outcome.Failed(d.file(), d.sha256(), d.bytes(), Outcome.INTERNAL,
            "[" + d.file() + "] cannot index: " + e.getMessage(), null, d.elapsedMs()), key);
        return;
      }
      done++;
      changed();
    } else if (outcome instanceof Outcome.Unchanged u) {
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
