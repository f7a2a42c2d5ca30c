package org.gongwen.policy.solr;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.gongwen.policy.batch.BatchRunner;
import org.gongwen.policy.batch.IndexSink;
import org.gongwen.policy.batch.JsonlLog;
import org.gongwen.policy.batch.Outcome;
import org.gongwen.policy.batch.Tally;

/**
 * Applies batch outcomes to a Solr collection, in input order: an extracted policy replaces the entries of its
 * file ({@link SolrIndexer#add}); a file with the same bytes as one indexed earlier in the run is counted as a
 * duplicate, not indexed twice; a file that fails, or is no document, removes the file's old entries (a file
 * re-run after it broke does not leave stale hits). Failures go to stderr and, when there is one, the failure log. Unlike the
 * embedded index there is no manifest: every run extracts every file (Solr's replace-by-file keeps the
 * collection right), and the caller commits at the end.
 */
public final class SolrSink implements BatchRunner.Sink {

  private final SolrIndexer indexer;
  private final JsonlLog failures;
  private final PrintWriter err;
  private final boolean verbose;
  private final Map<String, String> indexedThisRun = new HashMap<>();
  private long done;
  private long skipped;
  private long duplicate;
  private long failed;

  /** @param failures the failure log, or null for none */
  public SolrSink(SolrIndexer indexer, JsonlLog failures, PrintWriter err, boolean verbose) {
    this.indexer = indexer;
    this.failures = failures;
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public void accept(Outcome outcome) throws IOException {
    String key = IndexSink.key(outcome.file());
    if (outcome instanceof Outcome.Done d) {
      String first = indexedThisRun.putIfAbsent(d.sha256(), key);
      if (first != null && !first.equals(key)) {
        duplicate++;
        indexer.delete(key);
        return;
      }
      try {
        indexer.add(d.document());
        done++;
      } catch (IllegalArgumentException e) {
        failed++;
        Outcome.Failed f = new Outcome.Failed(d.file(), d.sha256(), d.bytes(), Outcome.INTERNAL,
            "[" + d.file() + "] cannot index: " + e.getMessage(), null, d.elapsedMs());
        report(f);
      }
    } else if (outcome instanceof Outcome.Duplicate) {
      duplicate++;
      indexer.delete(key);
    } else if (outcome instanceof Outcome.Skipped s) {
      skipped++;
      if (verbose) {
        err.println(s.message());
      }
      indexer.delete(key);
    } else if (outcome instanceof Outcome.Failed f) {
      failed++;
      report(f);
      if (verbose && f.trace() != null) {
        err.print(f.trace());
      }
      indexer.delete(key);
    }
  }

  private void report(Outcome.Failed f) throws IOException {
    if (failures != null) {
      failures.failure(f);
    }
    err.println(f.message());
  }

  /** The count so far (unchanged is always 0: no manifest). */
  public Tally tally() {
    return new Tally(done, 0, skipped, duplicate, failed);
  }
}
