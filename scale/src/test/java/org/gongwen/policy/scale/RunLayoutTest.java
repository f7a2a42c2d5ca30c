package org.gongwen.policy.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLayoutTest {

  private final Configuration conf = new Configuration();

  @Test
  void aNewDirectoryStartsAtRunOne(@TempDir Path tmp) throws IOException {
    RunLayout layout = RunLayout.next(tmp.resolve("out").toString(), conf);
    assertEquals(1, layout.run());
    assertEquals("file:" + tmp.resolve("out/documents/run-00001"), layout.dataset(FileResult.Kind.DOCUMENT).toString());
    assertEquals("file:" + tmp.resolve("out/runs/run-00001.json"), layout.summary().toString());
  }

  @Test
  void theNextRunFollowsTheHighestOfAnyDataset(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("documents/run-00002"));
    Files.createDirectories(tmp.resolve("failures/run-00007"));
    Files.createDirectories(tmp.resolve("documents/notes"));
    Files.createDirectories(tmp.resolve("other/run-00099"));
    assertEquals(8, RunLayout.next(tmp.toString(), conf).run());
    Files.createDirectories(tmp.resolve("runs"));
    Files.writeString(tmp.resolve("runs/run-00011.json"), "{}");
    assertEquals(12, RunLayout.next(tmp.toString(), conf).run());
  }

  @Test
  void aFileIsNoOutputDirectory(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("out"), "x");
    IOException e = assertThrows(IOException.class, () -> RunLayout.next(file.toString(), conf));
    assertEquals("[" + file + "] the output must be a directory", e.getMessage());
  }
}
