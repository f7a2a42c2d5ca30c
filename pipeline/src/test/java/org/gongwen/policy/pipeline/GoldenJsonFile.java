package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One expected JSON file of a golden test: with {@code -Dgolden.update=true} the actual output is written
 * there; otherwise it must equal the file, and a mismatch fails with the first differing lines and the
 * command that regenerates the files of that test.
 */
final class GoldenJsonFile {

  private GoldenJsonFile() {}

  /**
   * @param label what the output is of (the input's path), for the failure message
   * @param testName the test class whose files these are, for the regenerate command
   */
  static void check(String label, String actual, Path expected, String testName) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expected)) {
      fail("[" + expected + "] no expected file; create it with -Dgolden.update=true and review it");
    }
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (want.isBlank()) {
      fail("[" + expected + "] is empty");
    }
    if (!want.equals(actual)) {
      fail("[" + label + "] output differs from " + expected + ":\n" + diff(want, actual)
          + "\nregenerate: mvn -q -o test -pl pipeline -Dtest=" + testName + " -Dgolden.update=true");
    }
  }

  /** The first differing lines, with line numbers: enough to see what changed. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < Math.max(a.size(), b.size()) && shown < 20; i++) {
      String x = i < a.size() ? a.get(i) : "<end>";
      String y = i < b.size() ? b.get(i) : "<end>";
      if (!x.equals(y)) {
        out.append(String.format("line %d%n  - %s%n  + %s%n", i + 1, x, y));
        shown++;
      }
    }
    out.append(String.format("(%d expected lines, %d actual lines)", a.size(), b.size()));
    return out.toString();
  }
}
