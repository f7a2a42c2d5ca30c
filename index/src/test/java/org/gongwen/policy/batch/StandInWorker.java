package org.gongwen.policy.batch;

import java.io.IOException;
import org.gongwen.policy.index.SamplePolicies;

/**
 * A worker main for tests: files named {@code hang*} never finish, {@code crash*} kill the JVM,
 * {@code boom*} throw, {@code noisy*} write junk to file descriptor 1 and succeed, {@code oom*} exhaust
 * the heap, anything else becomes the Lucheng sample policy.
 */
public final class StandInWorker {

  private StandInWorker() {}

  public static void main(String[] args) throws IOException {
    WorkerMain.serve(file -> {
      String name = file.getFileName().toString();
      if (name.startsWith("hang")) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else if (name.startsWith("crash")) {
        Runtime.getRuntime().halt(137);
      } else if (name.startsWith("noisy")) {
        // what HotSpot and native libraries do: write straight to file descriptor 1
        try {
          java.io.FileOutputStream fd1 = new java.io.FileOutputStream(java.io.FileDescriptor.out);
          fd1.write("Terminating soon\n{\"not\":\"a reply\"}\npartial line without end".getBytes(
              java.nio.charset.StandardCharsets.UTF_8));
          fd1.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      } else if (name.startsWith("oom")) {
        java.util.List<long[]> hog = new java.util.ArrayList<>();
        while (true) {
          hog.add(new long[1 << 20]);
        }
      } else if (name.startsWith("boom")) {
        throw new IllegalStateException("table parser lost its place at row 3");
      }
      return SamplePolicies.luchengPlan();
    });
  }
}
