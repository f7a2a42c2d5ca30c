package org.gongwen.policy.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongwen.policy.ingest.ReaderOptions;
import org.gongwen.policy.pipeline.PolicyPipeline;

/**
 * Where extraction runs: {@code process} (child JVMs), {@code in-process}, {@code by-risk} (plain text and
 * HTML in process, other formats in child JVMs), or {@code auto}.
 */
public enum Isolation {
  /** One child JVM per pool thread: survives hangs, heap exhaustion and crashes. */
  PROCESS,
  /** This JVM: no start-up cost; timeouts abandon a thread, an exhausted heap is not contained. */
  IN_PROCESS,
  /**
   * Plain text and HTML ({@link IsolationRiskRule}) in this JVM, PDF, OFD, DOC, DOCX and anything else in
   * child JVMs, where parsers can hang or exhaust memory: a plain-text file costs no second JVM.
   */
  BY_RISK,
  /** In-process when the command line names a single regular file, else by risk. */
  AUTO;

  /** AUTO resolved for these command-line paths. */
  public Isolation resolve(List<Path> paths) {
    if (this != AUTO) {
      return this;
    }
    return paths.size() == 1 && Files.isRegularFile(paths.get(0)) ? IN_PROCESS : BY_RISK;
  }

  /**
   * Workers for the standard pipeline.
   *
   * @param heap child heap cap, e.g. {@code 512m}
   * @param verbose whether child stderr is shown
   */
  public FileWorker.Factory workers(long maxBytes, boolean withText, Duration timeout, String heap, boolean verbose) {
    return workers(maxBytes, withText, ReaderOptions.DEFAULT, timeout, heap, verbose);
  }

  /**
   * Workers for the standard pipeline whose readers read as {@code options} say.
   *
   * @param heap child heap cap, e.g. {@code 512m}
   * @param verbose whether child stderr is shown
   */
  public FileWorker.Factory workers(long maxBytes, boolean withText, ReaderOptions options, Duration timeout,
      String heap, boolean verbose) {
    if (this == AUTO) {
      throw new IllegalStateException("resolve AUTO first");
    }
    if (this == IN_PROCESS) {
      PolicyPipeline pipeline = PolicyPipeline.standard(maxBytes, options);
      return () -> new InProcessWorker(file -> pipeline.process(file, withText), timeout);
    }
    List<String> command = ChildProcessWorker.javaCommand(heap, WorkerMain.class.getName(),
        List.of(Long.toString(maxBytes), Boolean.toString(withText), Boolean.toString(options.ocr())));
    if (this == BY_RISK) {
      PolicyPipeline pipeline = PolicyPipeline.standard(maxBytes, options);
      return () -> new RiskRoutingWorker(new InProcessWorker(file -> pipeline.process(file, withText), timeout),
          new ChildProcessWorker(command, timeout, verbose));
    }
    return () -> new ChildProcessWorker(command, timeout, verbose);
  }

  /** In-process workers over a stand-in extractor (tests). */
  public static FileWorker.Factory inProcess(FileExtraction.Extractor extractor, Duration timeout) {
    return () -> new InProcessWorker(extractor, timeout);
  }
}
