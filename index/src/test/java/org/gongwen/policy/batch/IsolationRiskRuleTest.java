package org.gongwen.policy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Case table {@code batch/isolation-risk.tsv}: name, size and first bytes → where the file is extracted. */
class IsolationRiskRuleTest {

  @TempDir
  Path tmp;

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = IsolationRiskRuleTest.class.getResourceAsStream("/batch/isolation-risk.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(c -> Arguments.of(c[0], Long.parseLong(c[1]), c[2], c[3], c[4]))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}: {3} ({4})")
  @MethodSource("cases")
  void risk(String name, long bytes, String head, String risk, String why) {
    byte[] first = head.startsWith("hex:") ? HexFormat.of().parseHex(head.substring(4))
        : head.getBytes(StandardCharsets.UTF_8);
    assertEquals(IsolationRiskRule.Risk.valueOf(risk), IsolationRiskRule.of(name, bytes, first), why);
  }

  @Test
  void readsFilesOnDisk() throws IOException {
    Path text = Files.writeString(tmp.resolve("a.txt"), "关于印发实施方案的通知\n");
    Path pdf = Files.write(tmp.resolve("b.txt"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(IsolationRiskRule.Risk.LOW, IsolationRiskRule.of(text));
    assertEquals(IsolationRiskRule.Risk.HIGH, IsolationRiskRule.of(pdf));
    assertEquals(IsolationRiskRule.Risk.HIGH, IsolationRiskRule.of(tmp.resolve("missing.txt")));
  }
}
