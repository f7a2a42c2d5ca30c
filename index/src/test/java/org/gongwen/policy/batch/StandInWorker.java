package org.gongwen.policy.batch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gongwen.policy.index.SamplePolicies;

/**
 * A worker main for tests: files named {@code hang*} never finish, {@code crash*} kill the JVM,
 * {@code boom*} throw, anything else becomes the Lucheng sample policy.
 */
public final class StandInWorker {

  private StandInWorker() {}

  public static void main(String[] args) throws IOException {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
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
      } else if (name.startsWith("boom")) {
        throw new IllegalStateException("table parser lost its place at row 3");
      }
      return SamplePolicies.luchengPlan();
    }, protocol);
  }
}
