package org.gongwen.policy.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.ingest.SourceCell;
import org.gongwen.policy.ingest.SourceTable;
import org.gongwen.policy.model.PageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongwen.policy.lexicon.Lexicon;

/** Web pages of several site styles: the document comes out, the site stays behind. */
final class HtmlReaderTest {

  @TempDir Path dir;

  private ExtractedText read(String html) throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return new HtmlReader(1_000_000, Lexicon.standard()).read(file, "text/html");
  }

  private static final String BODY_PARAGRAPHS = """
      <p>各县（市、区）教育局，局属各单位：</p>
      <p>现将《全省中小学课后服务提质行动方案》印发给你们，请结合实际认真贯彻落实。</p>
      <p>一、工作目标</p>
      <p>到2026年，全省义务教育学校课后服务覆盖率达到100%，学生参与率达到85%以上。</p>
      <p>二、重点任务</p>
      <p>（一）丰富课后服务内容。各地要统筹校内外资源，开设科技、体育、艺术等课程。（省教育厅牵头，省科技厅配合）</p>
      <p>某省教育厅</p><p>2025年3月2日</p>
      """;

  @Test
  void aListStyleInfoBoxIsMetadataAndTheSiteIsLeftOut() throws Exception {
    ExtractedText t = read("""
        <html><head><meta charset="utf-8"><title>某省教育厅门户网站</title></head><body>
        <div class="top-nav"><a href="/">首页</a><a href="/xxgk">政府信息公开</a><a href="/login">登录</a></div>
        <div class="search-box"><input type="text"> 站内搜索 高级搜索</div>
        <div class="main">
          <ul class="xxgk-info">
            <li>索引号：11330000002482/2025-00012</li><li>发布机构：某省教育厅</li>
            <li>文号：某教基〔2025〕9号</li><li>成文日期：2025年3月2日</li>
          </ul>
          <h1 class="article-title">某省教育厅关于印发全省中小学课后服务提质行动方案的通知</h1>
          <div class="article-body">%s</div>
          <div class="related"><a href="/a">关于做好春季开学工作的通知</a><a href="/b">关于举办教师技能大赛的通知</a></div>
        </div>
        <div class="footer-copyright">主办单位：某省教育厅 网站标识码 版权所有</div>
        </body></html>""".formatted(BODY_PARAGRAPHS));
    assertTrue(t.text().startsWith("某省教育厅关于印发全省中小学课后服务提质行动方案的通知\n"), t.text());
    for (String site : List.of("首页", "登录", "搜索", "版权所有", "开学工作", "索引号")) {
      assertFalse(t.text().contains(site), site + " is site furniture: " + t.text());
    }
    assertEquals(new PageMetadata("11330000002482/2025-00012", null, "某省教育厅", "2025-03-02", null,
        "某教基〔2025〕9号", null), t.pageMetadata());
    assertEquals(List.of(), t.tables());
  }

  @Test
  void aLayoutTableWithTheBodyInOneCellIsParagraphsAndAHiddenCopyIsDropped() throws Exception {
    ExtractedText t = read("""
        <table width="930"><tr><td>
          <table class="bd1">
            <tr><td><b>索 引 号：</b></td><td>000014349/2021-00077</td><td><b>主题分类：</b></td><td>农业、林业、水利</td></tr>
            <tr><td><b>发文机关：</b></td><td>某市人民政府办公室</td><td><b>成文日期：</b></td><td>2021年06月30日</td></tr>
          </table>
        </td></tr></table>
        <table width="930"><tr><td width="675"><table><tr><td id="content">%s</td></tr></table></td>
        <td width="250"><a href="/x">专题专栏</a></td></tr></table>
        <div style="display: none">%s</div>""".formatted(BODY_PARAGRAPHS, BODY_PARAGRAPHS));
    assertEquals(1, count(t.text(), "丰富课后服务内容"), t.text());
    assertTrue(t.text().contains("\n\n一、工作目标\n\n"), "one paragraph per block: " + t.text());
    assertEquals(List.of(), t.tables(), "layout tables are not data tables");
    assertEquals("某市人民政府办公室", t.pageMetadata().issuer());
    assertEquals("2021-06-30", t.pageMetadata().signedDate());
    assertEquals("农业、林业、水利", t.pageMetadata().subject());
    assertFalse(t.text().contains("索引号") || t.text().contains("索 引 号"), t.text());
  }

  @Test
  void boxLabelsGiveTheirFieldsAndTheEarlierLabelOfAFieldWins() throws Exception {
    ExtractedText t = read("""
        <table class="info">
          <tr><td>名称：</td><td>某县农业农村局关于做好秋粮收购工作的通知</td><td>标题：</td><td>关于做好秋粮收购工作的通知</td></tr>
          <tr><td>文号：</td><td>某农〔2024〕31号</td><td>发文字号：</td><td>某农发〔2024〕31号</td></tr>
          <tr><td>分类：</td><td>农业</td><td>发布日期：</td><td>2024/9/3</td></tr>
        </table>
        <div class="content">%s</div>""".formatted(BODY_PARAGRAPHS));
    assertEquals(new PageMetadata(null, "农业", null, null, "关于做好秋粮收购工作的通知", "某农发〔2024〕31号",
        "2024-09-03"), t.pageMetadata());
  }

  @Test
  void aBoxWithoutALabelThatNamesTheDocumentIsNoBox() throws Exception {
    ExtractedText t = read("""
        <table class="info"><tr><td>标题：</td><td>某通知</td><td>主题分类：</td><td>农业</td></tr></table>
        <div class="content">%s</div>""".formatted(BODY_PARAGRAPHS));
    assertNull(t.pageMetadata());
  }

  @Test
  void aDataTableKeepsItsMergedCells() throws Exception {
    ExtractedText t = read("""
        <div class="content"><p>附件</p><p>重点任务分工表</p>
        <table border="1">
          <tr><th>序号</th><th>工作任务</th><th colspan="2">责任单位</th></tr>
          <tr><td rowspan="2">1</td><td>建设县域医疗次中心</td><td>县卫生健康局</td><td>各乡镇</td></tr>
          <tr><td>完善村卫生室布局</td><td>县卫生健康局</td><td>/</td></tr>
        </table><p>%s</p></div>""".formatted("正文说明".repeat(40)));
    assertEquals(1, t.tables().size());
    SourceTable table = t.tables().get(0);
    assertEquals(new SourceCell("责任单位", 1, 2), table.rows().get(0).get(2));
    assertEquals(new SourceCell("1", 2, 1), table.rows().get(1).get(0));
    assertEquals(SourceCell.of(""), table.rows().get(2).get(0), "the position a rowspan covers is empty");
    assertEquals("序号\t工作任务\t责任单位\t\n1\t建设县域医疗次中心\t县卫生健康局\t各乡镇\n\t完善村卫生室布局\t县卫生健康局\t/",
        t.text().substring(table.start(), table.end()));
    assertNull(t.pageMetadata());
  }

  @Test
  void aBodyKeptInScriptDataIsReadFromThere() throws Exception {
    ExtractedText t = read("""
        <html><body><div id="app"></div><div class="nav"><a href="/">首页</a></div>
        <script>window.DATA = {"id":1,"title":"x","content":"\\u003Cp\\u003E关于开展安全生产大检查的通知\\u003C/p\\u003E\\u003Cp\\u003E%s\\u003C/p\\u003E"};</script>
        </body></html>""".formatted("各单位要于5月底前完成自查自纠，并报送检查情况。".repeat(6)));
    assertTrue(t.text().startsWith("关于开展安全生产大检查的通知\n\n各单位要于5月底前"), t.text());
    assertTrue(t.warnings().get(0).startsWith("html: the body was read from the page's script data"));
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }
}
