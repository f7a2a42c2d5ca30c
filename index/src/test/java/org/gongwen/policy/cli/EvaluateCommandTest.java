package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("gold/a.gold.json"),
        "{\"headings\":[{\"level\":1,\"number\":\"一\",\"title\":\"指导思想\"},"
            + "{\"level\":1,\"number\":\"二\",\"title\":\"总体目标\"}]}");
    Files.writeString(dir.resolve("out/a.json"),
        "{\"headings\":[{\"level\":1,\"number\":\"一\",\"title\":\"指导思想。\"}]}");
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvaluateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void printsTheTextReport() {
    int code = run("--gold", dir.resolve("gold").toString(), dir.resolve("out").toString(), "--detail");
    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("headings P/R/F1        1.000 0.500 0.667  1.000 0.500 0.667"), text);
    assertTrue(text.contains("missed  L1 二 总体目标"), text);
  }

  @Test
  void printsJson() throws IOException {
    int code = run("--json", "--gold", dir.resolve("gold").toString(), dir.resolve("out").toString());
    assertEquals(0, code, err.toString());
    JsonNode tree = new ObjectMapper().readTree(out.toString());
    assertEquals(1, tree.path("total").path("headings").path("tp").asInt());
    assertEquals(0.5, tree.path("total").path("headings").path("recall").asDouble());
    assertTrue(tree.path("documents").get(0).path("details").isNull(), "details only with --detail");
  }

  @Test
  void unreadableInputExitsOneWithTheFileNamed() throws IOException {
    Path bad = dir.resolve("out/a.json");
    Files.writeString(bad, "{not json");
    int code = run("--gold", dir.resolve("gold").toString(), dir.resolve("out").toString());
    assertEquals(1, code);
    String message = err.toString().strip();
    assertTrue(message.startsWith("evaluate: [" + bad + "] not valid JSON"), message);
    assertEquals(1, message.lines().count(), message);
    assertEquals("", out.toString());
  }

  @Test
  void goldIsRequired() {
    assertEquals(2, run(dir.resolve("out").toString()));
  }
}
