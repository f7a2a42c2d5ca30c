package org.gongwen.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer of docs/java-api.md: the page's example is samples/consumer's Example.java, it compiles
 * against the library, runs in a fresh JVM with the application's own SLF4J binding, extracts a seed, and
 * SLF4J prints no warning (the library brings no binding of its own).
 */
class JavaApiExampleTest {

  private static final Path DOC = Path.of("..", "docs", "java-api.md");
  private static final Path EXAMPLE = Path.of("..", "samples", "consumer", "src", "main", "java", "example", "Example.java");

  @TempDir
  Path tmp;

  @Test
  void thePageShowsTheConsumerProjectsCode() throws Exception {
    String page = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = page.indexOf("```java\n") + "```java\n".length();
    String block = page.substring(start, page.indexOf("```", start));
    assertEquals(Files.readString(EXAMPLE, StandardCharsets.UTF_8), block);
  }

  @Test
  void theLibraryBringsNoLoggingBindingNorCli() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.nop.NOPServiceProvider"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
  }

  @Test
  void theExampleCompilesRunsAndLogsNoWarning() throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    String classpath = System.getProperty("java.class.path");
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, "-encoding", "UTF-8",
        EXAMPLE.toString());
    assertEquals(0, compiled, "javac");
    // the library's class path, without the test-only jars except the binding the application chose
    String runtime = java.util.Arrays.stream(classpath.split(File.pathSeparator))
        .filter(e -> !e.contains("junit") && !e.contains("opentest4j") && !e.contains("apiguardian")
            && !e.contains("json-schema-validator") && !e.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    Path out = tmp.resolve("doc.json");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + runtime, "example.Example",
        Path.of("..", "seeds", "000_4ed772c9b4959484.txt").toString(), out.toString()));
    Path stdout = tmp.resolve("stdout.txt");
    Path stderr = tmp.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    String printed = Files.readString(stdout, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    assertFalse(err.contains("SLF4J"), "no SLF4J warning: " + err);
    assertTrue(printed.startsWith("温州市鹿城区人民政府关于印发"), printed);
    assertTrue(printed.contains("\ntask ") && printed.contains("\ntarget "), printed);
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"schema\" : \"policy-doc/1\""));
  }
}
