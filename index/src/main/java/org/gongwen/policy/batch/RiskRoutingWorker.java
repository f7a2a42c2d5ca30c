package org.gongwen.policy.batch;

import java.nio.file.Path;

/**
 * Isolation by risk: low-risk files ({@link IsolationRiskRule}: plain text and HTML of bounded size) are
 * extracted in this JVM under the same time limit, the rest by a child JVM, which is started only when
 * the first such file comes (a folder of TXT notices starts none). One per pool thread.
 */
public final class RiskRoutingWorker implements FileWorker {

  private final FileWorker inProcess;
  private final FileWorker child;

  RiskRoutingWorker(FileWorker inProcess, FileWorker child) {
    this.inProcess = inProcess;
    this.child = child;
  }

  @Override
  public Outcome process(Path file) {
    return IsolationRiskRule.of(file) == IsolationRiskRule.Risk.LOW ? inProcess.process(file) : child.process(file);
  }

  @Override
  public void close() {
    try {
      inProcess.close();
    } finally {
      child.close();
    }
  }
}
