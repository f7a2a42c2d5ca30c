package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged CLI as a user starts it: {@code java -jar index/target/policy.jar} or {@code bin/policy},
 * in a working directory, with stdin bytes, and its exit code, stdout bytes and stderr text. The jar
 * and launcher paths come from the system properties {@code policy.jar} and {@code policy.launcher}
 * that failsafe sets (index/pom.xml); without them the *IT tests fail, naming the property.
 */
final class PackagedCli {

  /** One finished run. */
  record Run(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private final List<String> prefix;
  private final Path errors;
  private final Map<String, String> environment;

  private PackagedCli(List<String> prefix, Path errors, Map<String, String> environment) {
    this.prefix = List.copyOf(prefix);
    this.errors = errors;
    this.environment = Map.copyOf(environment);
  }

  /** The same CLI with one more environment variable (e.g. POLICY_JAVA_OPTS for the launcher). */
  PackagedCli with(String variable, String value) {
    Map<String, String> env = new TreeMap<>(environment);
    env.put(variable, value);
    return new PackagedCli(prefix, errors, env);
  }

  /** {@code java -jar policy.jar}: the JVM running the tests, no launcher flags. */
  static PackagedCli jar(Path tmp) {
    Path jar = existing("policy.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new PackagedCli(List.of(java, "-jar", jar.toString()), tmp, Map.of());
  }

  /** {@code bin/policy}: the launcher with its fast-start flags, run by sh. */
  static PackagedCli launcher(Path tmp) {
    Path launcher = existing("policy.launcher");
    return new PackagedCli(List.of("sh", launcher.toString()), tmp, Map.of());
  }

  static Path existing(String property) {
    String value = System.getProperty(property);
    assertTrue(value != null, "system property " + property + " is not set: run the *IT tests with mvn verify");
    Path path = Path.of(value);
    assertTrue(Files.isRegularFile(path), property + "=" + path + " does not exist: the package phase builds it");
    return path;
  }

  Run run(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(args));
    Path err = Files.createTempFile(errors, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(err.toFile());
    // the launcher must find java without JAVA_HOME pointing elsewhere: use the JVM of the tests
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("POLICY_JAVA_OPTS");
    builder.environment().remove("POLICY_JAR");
    builder.environment().remove("POLICY_FAST_START");
    builder.environment().putAll(environment);
    Process p = builder.start();
    if (stdin != null) {
      p.getOutputStream().write(stdin);
    }
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + command);
    return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
  }

  Run run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, null, args);
  }
}
