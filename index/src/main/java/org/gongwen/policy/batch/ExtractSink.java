package org.gongwen.policy.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.gongwen.policy.json.PolicyJson;

/**
 * Writes outcomes of {@code extract}, in input order: {@code DIR/<stem>.json} per document (when two
 * inputs share a stem, the later one is {@code <stem>.<ext>.json}), optionally a JSONL line, and a
 * {@code failures.jsonl} line plus a stderr line per failed file, a {@code skipped.jsonl} line per
 * skipped entry.
 */
public final class ExtractSink implements BatchRunner.Sink {

  private final Path outDir;
  private final BufferedWriter jsonl;
  private final JsonlLog failures;
  private final JsonlLog skips;
  private final PrintWriter err;
  private final boolean verbose;
  private final PolicyJson json = new PolicyJson();
  private final Set<String> written = new HashSet<>();
  private long done;
  private long skipped;
  private long failed;

  /** {@code jsonl} may be null. */
  public ExtractSink(Path outDir, BufferedWriter jsonl, JsonlLog failures, JsonlLog skips, PrintWriter err,
      boolean verbose) {
    this.outDir = outDir;
    this.jsonl = jsonl;
    this.failures = failures;
    this.skips = skips;
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public void accept(Outcome outcome) throws IOException {
    if (outcome instanceof Outcome.Done d) {
      Path target = outDir.resolve(outputName(d.file()));
      try {
        json.write(d.document(), target);
      } catch (UncheckedIOException e) {
        throw new IOException("[" + target + "] cannot write output: " + e.getCause().getMessage(), e.getCause());
      }
      if (jsonl != null) {
        jsonl.write(json.toLine(d.document()));
        jsonl.write('\n');
      }
      done++;
    } else if (outcome instanceof Outcome.Failed f) {
      failed++;
      failures.failure(f);
      err.println(f.message());
      if (verbose && f.trace() != null) {
        err.print(f.trace());
      }
    } else if (outcome instanceof Outcome.Skipped s) {
      skipped++;
      skips.skipped(s);
      if (verbose) {
        err.println(s.message());
      }
    } else {
      throw new IllegalStateException("extract has no outcome " + outcome.getClass().getSimpleName());
    }
  }

  private String outputName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String candidate = stem + ".json";
    if (!written.add(candidate)) {
      candidate = name + ".json";
      written.add(candidate);
    }
    return candidate;
  }

  public Tally tally() {
    return new Tally(done, 0, skipped, 0, failed);
  }
}
