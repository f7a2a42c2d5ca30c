package org.gongwen.policy.batch;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch: a progress bar on a terminal, plain periodic lines otherwise, or nothing. Called
 * on the consuming thread only.
 */
public interface Progress extends AutoCloseable {

  /** One more file done, of {@code bytes} bytes. */
  void advance(long bytes);

  @Override
  void close();

  /** Silence. */
  static Progress none() {
    return new Progress() {
      @Override
      public void advance(long bytes) {}

      @Override
      public void close() {}
    };
  }

  /**
   * The display for this run: nothing when {@code quiet}; a bar when the JVM has a console
   * ({@code System.console() != null}); else a line on {@code err} every {@code interval}.
   */
  static Progress choose(boolean quiet, String task, InputWalk.Totals totals, PrintWriter err, Duration interval) {
    if (quiet) {
      return none();
    }
    if (System.console() != null) {
      return new Bar(task, totals);
    }
    return new Lines(task, totals, err, interval);
  }

  /** me.tongfei progress bar on stderr: files done/total, files/s, ETA, MB as extra message. */
  final class Bar implements Progress {
    private final ProgressBar bar;
    private final double totalMb;
    private long bytes;

    Bar(String task, InputWalk.Totals totals) {
      this.totalMb = totals.bytes() / 1e6;
      this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totals.files())
          .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().setUpdateIntervalMillis(500)
          .build();
    }

    @Override
    public void advance(long size) {
      bytes += size;
      bar.setExtraMessage(String.format(" %.1f/%.1f MB", bytes / 1e6, totalMb));
      bar.step();
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  /** {@code index: 120/1000 files, 3.2/25.0 MB, 45.1 files/s, ETA 0:19} every interval. */
  final class Lines implements Progress {
    private final String task;
    private final InputWalk.Totals totals;
    private final PrintWriter err;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private long files;
    private long bytes;

    Lines(String task, InputWalk.Totals totals, PrintWriter err, Duration interval) {
      this.task = task;
      this.totals = totals;
      this.err = err;
      this.intervalNanos = interval.toNanos();
    }

    @Override
    public void advance(long size) {
      files++;
      bytes += size;
      long now = System.nanoTime();
      if (now - lastPrint >= intervalNanos) {
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = files / Math.max(seconds, 1e-9);
        long eta = Math.round((totals.files() - files) / Math.max(rate, 1e-9));
        err.printf("%s: %d/%d files, %.1f/%.1f MB, %.1f files/s, ETA %d:%02d%n", task, files, totals.files(),
            bytes / 1e6, totals.bytes() / 1e6, rate, eta / 60, eta % 60);
        err.flush();
      }
    }

    @Override
    public void close() {}
  }
}
