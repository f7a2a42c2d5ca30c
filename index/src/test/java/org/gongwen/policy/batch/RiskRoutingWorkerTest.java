package org.gongwen.policy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text and HTML go to the in-process worker, other formats to the child worker; close closes both. */
class RiskRoutingWorkerTest {

  @TempDir
  Path tmp;

  private static final class Recording implements FileWorker {
    final List<String> seen = new ArrayList<>();
    boolean closed;

    @Override
    public Outcome process(Path file) {
      seen.add(file.getFileName().toString());
      return new Outcome.Failed(file, null, 0, Outcome.INTERNAL, "[" + file + "] stand-in", null, 0);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void routesByRisk() throws IOException {
    Recording here = new Recording();
    Recording child = new Recording();
    Files.writeString(tmp.resolve("a.txt"), "国务院办公厅关于印发方案的通知");
    Files.writeString(tmp.resolve("b.html"), "<html><body>通知</body></html>");
    Files.write(tmp.resolve("c.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    Files.write(tmp.resolve("d.txt"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    Files.write(tmp.resolve("e.docx"), new byte[] {'P', 'K', 3, 4});
    try (RiskRoutingWorker worker = new RiskRoutingWorker(here, child)) {
      for (String name : List.of("a.txt", "b.html", "c.pdf", "d.txt", "e.docx")) {
        worker.process(tmp.resolve(name));
      }
    }
    assertEquals(List.of("a.txt", "b.html"), here.seen);
    assertEquals(List.of("c.pdf", "d.txt", "e.docx"), child.seen);
    assertEquals(List.of(true, true), List.of(here.closed, child.closed));
  }
}
