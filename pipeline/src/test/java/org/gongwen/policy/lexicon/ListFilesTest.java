package org.gongwen.policy.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists read from a jar, a class folder or through the class loader are the same bytes. */
class ListFilesTest {

  private static final String BASE = "/org/gongwen/policy/lexicon/";

  @TempDir Path dir;

  private static byte[] read(ListFiles files, String file) throws IOException {
    try (InputStream in = files.stream(file)) {
      assertNotNull(in, file);
      return in.readAllBytes();
    }
  }

  @Test
  void everyListOfThisBuildReadsAsTheClassLoaderReadsIt() throws IOException {
    List<String> names = Lexicon.standard().names().stream().map(n -> n + ".txt").toList();
    try (ListFiles here = ListFiles.open(BASE); ListFiles loader = ListFiles.open(BASE, null)) {
      for (String file : names) {
        assertArrayEquals(read(loader, file), read(here, file), file);
      }
      assertNull(here.stream("no/such-list.txt"));
      assertNull(loader.stream("no/such-list.txt"));
    }
  }

  @Test
  void readsAJarAndAFolderAlike() throws IOException {
    byte[] words = "# 比较词\n不少于\t>=\n以上\n".getBytes(StandardCharsets.UTF_8);
    Path folder = dir.resolve("classes");
    Path list = folder.resolve("org/gongwen/policy/lexicon/target/comparators.txt");
    Files.createDirectories(list.getParent());
    Files.write(list, words);
    Path jar = dir.resolve("app.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("org/gongwen/policy/lexicon/target/comparators.txt"));
      zip.write(words);
      zip.closeEntry();
    }
    for (Path origin : List.of(folder, jar)) {
      try (ListFiles files = ListFiles.open(BASE, origin)) {
        assertArrayEquals(words, read(files, "target/comparators.txt"), origin.toString());
        assertNull(files.stream("target/no-such-list.txt"), origin.toString());
      }
    }
  }

  @Test
  void anUnreadableJarFallsBackToTheClassLoader() throws IOException {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    try (ListFiles files = ListFiles.open(BASE, notAJar)) {
      assertEquals(new String(read(ListFiles.open(BASE, null), "index.txt"), StandardCharsets.UTF_8),
          new String(read(files, "index.txt"), StandardCharsets.UTF_8));
    }
  }
}
