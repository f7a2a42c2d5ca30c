package org.gongwen.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.policy.batch.CorpusGenerator;
import org.gongwen.policy.json.PolicyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 1,000 generated files, 6 % bad: every one accounted for, with the right reason; reruns skip. */
class BulkImportTest {

  @TempDir
  Path tmp;

  private final PolicyJson json = new PolicyJson();

  @Test
  void everyFileIsIndexedOrListedAndASecondRunSkipsEverythingUnchanged() throws IOException {
    Path corpus = tmp.resolve("corpus");
    int bad = CorpusGenerator.from(Path.of("../seeds"), Path.of("../samples"))
        .write(corpus, new CorpusGenerator.Spec(1000, 6, 42, 300, 0, 1_200_000));
    assertEquals(60, bad);
    Path index = tmp.resolve("idx");
    String[] args = {corpus.toString(), "--index", index.toString(), "--max-bytes", "1m", "--threads", "2",
        "--isolation", "in-process", "-q"};

    CommandRun first = CommandRun.of(new IndexCommand(), args);

    assertEquals(3, first.exit(), first.err());
    assertEquals("1000 in = 940 indexed + 0 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 60 failed", first.out().lines().findFirst().orElseThrow());
    Map<String, String> expected = new HashMap<>();
    for (String line : Files.readAllLines(corpus.resolve(".corpus.jsonl"))) {
      JsonNode entry = json.mapper().readTree(line);
      expected.put(corpus.resolve(entry.get("file").asText()).toString(), entry.get("error").asText(null));
    }
    Map<String, String> failed = new HashMap<>();
    for (String line : Files.readAllLines(tmp.resolve("idx.failures.jsonl"))) {
      JsonNode f = json.mapper().readTree(line);
      failed.put(f.get("file").asText(), f.get("error").asText());
      assertTrue(f.get("message").asText().startsWith("[" + f.get("file").asText() + "] "), line);
      assertTrue(f.has("sha256") && f.has("elapsedMs"), line);
    }
    Map<String, Integer> indexed = IndexedFiles.count(index);
    assertEquals(1000, expected.size());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String file = e.getKey();
      if (e.getValue() == null) {
        assertEquals(1, indexed.getOrDefault(file, 0), file + " indexed once");
        assertTrue(!failed.containsKey(file), file);
      } else {
        assertEquals(e.getValue(), failed.get(file), file);
        assertTrue(!indexed.containsKey(file), file);
      }
    }
    assertEquals(940, indexed.size());

    CommandRun second = CommandRun.of(new IndexCommand(), args);
    assertEquals("1000 in = 0 indexed + 940 skipped-unchanged + 0 skipped-not-a-document + 0 duplicate + 60 failed", second.out().lines().findFirst().orElseThrow());

    // a byte-identical copy at another path is linked, not indexed twice
    Path original = Path.of(expected.entrySet().stream().filter(e -> e.getValue() == null)
        .map(Map.Entry::getKey).sorted().findFirst().orElseThrow());
    Files.copy(original, corpus.resolve("d009/copy-of-00001.txt"));
    CommandRun third = CommandRun.of(new IndexCommand(), args);
    assertEquals("1001 in = 0 indexed + 940 skipped-unchanged + 0 skipped-not-a-document + 1 duplicate + 60 failed", third.out().lines().findFirst().orElseThrow());
    assertTrue(Files.readString(tmp.resolve("idx.duplicates.jsonl")).contains("\"duplicateOf\":\"" + original + "\""));
    assertEquals(940, IndexedFiles.count(index).size());
    assertEquals(List.of(1), IndexedFiles.count(index).values().stream().distinct().toList());
  }
}
