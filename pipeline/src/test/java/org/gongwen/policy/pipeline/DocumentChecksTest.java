package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.model.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not Chinese, or not a 公文, still comes out, flagged in its warnings. */
class DocumentChecksTest {

  @TempDir
  Path dir;

  private static final PolicyPipeline PIPELINE = PolicyPipeline.standard();

  private List<String> warnings(String name, String text) throws Exception {
    PolicyDocument doc = PIPELINE.process(Files.writeString(dir.resolve(name), text), false);
    return doc.warnings();
  }

  @Test
  void englishTextIsFlaggedNotChinese() throws Exception {
    List<String> w = warnings("minutes.txt", "Minutes of the meeting.\n\nThe committee agreed to meet again in May.\n");
    assertEquals(List.of("not-chinese: only 0% of the letters are Han characters"), w);
  }

  @Test
  void chineseProseWithoutAnyPolicyElementIsFlagged() throws Exception {
    List<String> w = warnings("story.txt", "春天来了，小河边的柳树发芽了。\n\n孩子们在草地上放风筝，笑声传得很远。\n");
    assertTrue(w.contains("not-a-policy-document: no 发文字号, title, headings or tasks found"), w.toString());
  }

  @Test
  void aSeedIsNotFlagged() throws Exception {
    PolicyDocument doc = PIPELINE.process(Path.of("../seeds/000_4ed772c9b4959484.txt"), false);
    assertTrue(doc.warnings().stream().noneMatch(x -> x.startsWith("not-")), doc.warnings().toString());
  }
}
