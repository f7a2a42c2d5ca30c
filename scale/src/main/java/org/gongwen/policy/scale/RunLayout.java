package org.gongwen.policy.scale;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a run writes, on any Hadoop filesystem. The output directory collects runs: run {@code n} writes
 * {@code OUT/documents/run-0000n/part-*} (one {@code policy-doc/1} document per line, sorted by path),
 * {@code OUT/failures/run-0000n/}, {@code OUT/skipped/run-0000n/} and {@code OUT/unchanged/run-0000n/} (only the
 * datasets that have lines), and {@code OUT/runs/run-0000n.json} (the counts). A run's number is one more than
 * the highest found in any dataset, so reruns into the same directory never overwrite and the documents of
 * all runs together ({@code OUT/documents/*}) are the collection.
 */
public final class RunLayout {

  /** The folder that holds each run's summary. */
  static final String RUNS = "runs";

  private static final Pattern RUN = Pattern.compile("run-(\\d+)(\\.json)?");

  private final Path out;
  private final int run;

  private RunLayout(Path out, int run) {
    this.out = out;
    this.run = run;
  }

  /** The next run in {@code out} (created when missing). */
  public static RunLayout next(String out, Configuration conf) throws IOException {
    Path dir = new Path(out);
    FileSystem fs = dir.getFileSystem(conf);
    Path qualified = fs.makeQualified(dir);
    int last = 0;
    if (fs.exists(qualified)) {
      if (!fs.getFileStatus(qualified).isDirectory()) {
        throw new IOException("[" + out + "] the output must be a directory");
      }
      for (String dataset : datasets()) {
        Path d = new Path(qualified, dataset);
        if (fs.exists(d)) {
          for (FileStatus s : fs.listStatus(d)) {
            Matcher m = RUN.matcher(s.getPath().getName());
            if (m.matches()) {
              last = Math.max(last, Integer.parseInt(m.group(1)));
            }
          }
        }
      }
    }
    return new RunLayout(qualified, last + 1);
  }

  private static String[] datasets() {
    FileResult.Kind[] kinds = FileResult.Kind.values();
    String[] names = new String[kinds.length + 1];
    for (int i = 0; i < kinds.length; i++) {
      names[i] = kinds[i].dataset();
    }
    names[kinds.length] = RUNS;
    return names;
  }

  /** This run's number, from 1. */
  public int run() {
    return run;
  }

  /** The output directory, qualified. */
  public Path out() {
    return out;
  }

  /** This run's folder of a dataset. */
  public Path dataset(FileResult.Kind kind) {
    return new Path(new Path(out, kind.dataset()), runName());
  }

  /** The documents of all earlier runs, as a glob over their part files. */
  public Path earlierDocuments() {
    return new Path(new Path(out, FileResult.Kind.DOCUMENT.dataset()), "run-*/part-*");
  }

  /** This run's summary file. */
  public Path summary() {
    return new Path(new Path(out, RUNS), runName() + ".json");
  }

  private String runName() {
    return String.format("run-%05d", run);
  }
}
