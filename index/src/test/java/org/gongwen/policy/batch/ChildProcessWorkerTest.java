package org.gongwen.policy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildProcessWorkerTest {

  @Test
  void hangsAndCrashesCostOneFileAndARestartNotTheWorker() {
    List<String> command = ChildProcessWorker.javaCommand("128m", StandInWorker.class.getName(), List.of());
    try (ChildProcessWorker worker = new ChildProcessWorker(command, Duration.ofSeconds(5), false)) {
      assertInstanceOf(Outcome.Done.class, worker.process(Path.of("a.txt")));
      long firstPid = worker.pid().orElseThrow();

      Outcome.Failed hung = assertInstanceOf(Outcome.Failed.class, worker.process(Path.of("hang.pdf")));
      assertEquals(Outcome.TIMEOUT, hung.error());
      assertTrue(hung.message().startsWith("[hang.pdf] no result after 5 s"), hung.message());

      assertInstanceOf(Outcome.Done.class, worker.process(Path.of("b.txt")));
      assertTrue(worker.pid().orElseThrow() != firstPid, "a fresh worker process after the timeout");

      Outcome.Failed crashed = assertInstanceOf(Outcome.Failed.class, worker.process(Path.of("crash.docx")));
      assertEquals(Outcome.CRASHED, crashed.error());
      assertTrue(crashed.message().contains("exit code 137"), crashed.message());

      Outcome.Failed boom = assertInstanceOf(Outcome.Failed.class, worker.process(Path.of("boom.html")));
      assertEquals(Outcome.INTERNAL, boom.error());
      assertEquals("[boom.html] internal error: java.lang.IllegalStateException: table parser lost its place at row 3",
          boom.message());
      assertFalse(boom.message().contains("\tat "), "the message is no stack trace");
      assertTrue(boom.trace().contains("\tat "), "the trace rides along for --verbose");

      assertInstanceOf(Outcome.Done.class, worker.process(Path.of("c.txt")));
    }
  }

  /** Issue 13 (4): HotSpot writes its out-of-memory notice to fd 1; that must not be a protocol error. */
  @Test
  void outputOnFileDescriptorOneIsNoProtocolErrorAndOutOfMemoryIsTooLarge() {
    List<String> command = ChildProcessWorker.javaCommand("64m", StandInWorker.class.getName(), List.of());
    try (ChildProcessWorker worker = new ChildProcessWorker(command, Duration.ofSeconds(30), false)) {
      assertInstanceOf(Outcome.Done.class, worker.process(Path.of("noisy.txt")));
      Outcome.Failed oom = assertInstanceOf(Outcome.Failed.class, worker.process(Path.of("oom.txt")));
      assertEquals("too-large", oom.error(), oom.message());
      assertTrue(oom.message().startsWith("[oom.txt] needs more memory than a worker has (-Xmx64m)"), oom.message());
      assertInstanceOf(Outcome.Done.class, worker.process(Path.of("after.txt")));
    }
  }

  @Test
  void inProcessTimeoutAbandonsTheFileAndGoesOn() {
    FileExtraction.Extractor slow = file -> {
      if (file.toString().startsWith("hang")) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return org.gongwen.policy.index.SamplePolicies.wenzhouPlan();
    };
    try (InProcessWorker worker = new InProcessWorker(slow, Duration.ofMillis(300))) {
      Outcome.Failed hung = assertInstanceOf(Outcome.Failed.class, worker.process(Path.of("hang.txt")));
      assertEquals(Outcome.TIMEOUT, hung.error());
      assertInstanceOf(Outcome.Done.class, worker.process(Path.of("ok.txt")));
    }
  }
}
