package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongwen.policy.index.Analyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions researchers ask, over an index of the seeds and the mini samples, with the exact answers. */
class ResearcherQuestionsTest {

  private static final String LUCHENG = "../seeds/000_4ed772c9b4959484.txt";
  private static final String WENZHOU = "../seeds/004_755fdc7e0c8d5ef0.txt";
  private static final String MINI = "../samples/mini/";

  @TempDir
  static Path dir;

  private static PolicySearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    SeedIndex.write(dir, Analyzers.NAME, SeedIndex.seedsAndMiniSamples());
    searcher = PolicySearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchResult ask(String query) throws IOException {
    return searcher.query(SearchRequest.parse(query).withLimit(1000));
  }

  private static Set<String> targets(SearchResult r) {
    r.hits().forEach(h -> assertEquals("target", h.type()));
    return r.hits().stream()
        .map(h -> h.indicator() + " " + PlainNumber.format(h.value()) + h.unit() + " " + h.year())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void all2024TargetsAboutHighTechEnterprises() throws IOException {
    SearchResult r = ask("高新技术企业 type:target year:2024");
    assertEquals(Set.of(
        "高新技术企业 20家 2024",
        "高新技术企业 300家 2024",
        "高新技术企业 10家 2024",
        "高新技术企业 50家 2024",
        "高新技术企业 140家 2024",
        "新增规上高新技术企业 30家 2024",
        "高新技术企业研发机构覆盖率 100% 2024",
        "高新技术企业累计数 300家 2024",
        "高新技术企业数 3500家 2024"), targets(r));
    assertEquals(9, r.total());
    r.hits().forEach(h -> assertTrue(h.file().equals(LUCHENG) || h.file().equals(MINI + "indicator-table.txt"), h.file()));
    SearchHit first = r.hits().get(0);
    assertTrue(first.highlight().marked().contains("<em>高新技术企业</em>"), first.highlight().marked());
  }

  @Test
  void tasksLedByTheDistrictScienceBureau() throws IOException {
    SearchResult r = ask("type:task lead:区科技局");
    assertEquals(31 + 1, r.total(), "31 in the Lucheng plan, 1 in a mini notice of another district");
    r.hits().forEach(h -> {
      assertTrue(h.file().equals(LUCHENG) || h.file().equals(MINI + "convention-first-comma.txt"), h.file());
      assertTrue(h.units().contains("*区科技局"), h.units().toString());
    });
    Set<String> titles = r.hits().stream().map(h -> h.number() + " " + h.title()).collect(Collectors.toSet());
    assertTrue(titles.containsAll(List.of("1 强化科技企业群体培育", "18 营造最浓创新氛围", "13 科创飞地")), titles.toString());
    // 区科技局 only helps with task 5 (加强大产业平台构建): not led by it
    assertTrue(titles.stream().noneMatch(t -> t.equals("5 加强大产业平台构建")), titles.toString());
    // 科技局 as a lead phrase also finds the city bureau's 6 tasks and the one of 市自创办〈市科技局〉
    SearchResult any = ask("type:task lead:科技局");
    // and, in the mini notices, 市科技局 (3 tasks) and 县科技局 (1 task) leads
    assertEquals(31 + 1 + 6 + 1 + 4, any.total());
    assertTrue(any.hits().stream().anyMatch(h -> WENZHOU.equals(h.file())));
  }

  @Test
  void rdTargetsAboveTwoPercent() throws IOException {
    // R&D, 研发 and 研究开发 are one synonym group (lexicon search/synonyms): the three find the same targets
    Set<String> expected = Set.of(
        "全社会R&D经费支出占GDP比重 2.5% 2024",
        "R&D经费占地区生产总值的比重 2.1% 2023",
        "R&D经费占地区生产总值的比重 2.5% 2024",
        "R&D经费支出占GDP比重 2.8% 2023",
        "规上工业研发投入年均增速 15% 2024",
        "高新技术企业研发机构覆盖率 100% 2024",
        "规上工业企业研发费用增速 16% 2021",
        "研发投入强度 5.5% 2023",
        "研发投入强度 6% 2024",
        "研发投入强度 6.5% 2025",
        "全社会研发投入强度 3.5% 2025",
        "规上工业企业研究开发经费支出增速 15% 2022",
        "规上工业企业研究开发经费支出增速 20% 2023",
        "规上工业企业研究开发经费支出增速 20% 2024");
    assertEquals(expected, targets(ask("R&D type:target value:>2 measure:%")));
    assertEquals(expected, targets(ask("研发 type:target value:>2 measure:%")));
    assertEquals(expected, targets(ask("研究开发 type:target value:>2 measure:%")));
    // the words as typed rank before their synonyms
    assertTrue(ask("R&D type:target value:>2 measure:%").hits().get(0).indicator().contains("R&D"));
    assertTrue(ask("研发 type:target value:>2 measure:%").hits().get(0).indicator().contains("研发"),
        ask("研发 type:target value:>2 measure:%").hits().toString());
    assertEquals(3, ask("研发 type:target value:>2 measure:% issuer:温州市国家自主创新示范区建设领导小组办公室").total(),
        "the 2021 plan states 研发费用增速 16% three times (text, table, park row)");
  }

  @Test
  void noticesIssuedByTheLuchengGovernment() throws IOException {
    SearchResult r = ask("type:document issuer:温州市鹿城区人民政府");
    assertEquals(1, r.total());
    assertEquals(LUCHENG, r.hits().get(0).file());
    assertEquals("温鹿政发〔2022〕68号", r.hits().get(0).docNumber());
    assertEquals(47 + 115, ask("issuer:温州市鹿城区人民政府 type:task").total() + ask("issuer:温州市鹿城区人民政府 type:target").total());
  }

  @Test
  void documentsSignedIn2021() throws IOException {
    SearchResult r = ask("type:document year:2021");
    assertEquals(1, r.total());
    assertEquals(WENZHOU, r.hits().get(0).file());
    assertEquals("2021-02-24", r.hits().get(0).signedDate());
    assertEquals(2 + 3, ask("type:document year:[2021 TO 2022]").total(), "both seeds and 3 mini notices");
  }

  @Test
  void facetsCountAllMatchesNotThePage() throws IOException {
    SearchResult r = searcher.query(SearchRequest.parse("高新技术企业 type:target").withLimit(2).withFacets(true));
    assertEquals(2, r.hits().size());
    assertEquals(List.of(new FacetCount("2021", 10), new FacetCount("2022", 1), new FacetCount("2023", 3),
        new FacetCount("2024", 9), new FacetCount("2025", 2)), r.facets().get("year"));
    long byIssuer = r.facets().get("issuer").stream().mapToLong(FacetCount::count).sum();
    assertEquals(25, r.total());
    assertEquals(20, byIssuer, "the 5 hits from mini notices that name no issuer have no issuer facet");
    assertEquals(r.total(), r.facets().get("kind").stream().mapToLong(FacetCount::count).sum());
  }

  @Test
  void compareTechnologyTradeAcrossYears() throws IOException {
    CompareResult r = searcher.compare(SearchRequest.parse("技术交易额").withLimit(1000));
    assertEquals(List.of("技术交易额 3000000000 2022", "技术交易额 3500000000 2023", "技术交易额 500000000 2023",
        "技术交易额 4000000000 2024", "技术交易额 4000000000 2024"), r.rows().stream()
        .map(c -> c.indicator() + " " + PlainNumber.format(c.value()) + " " + c.year()).toList());
    assertEquals(MINI + "targets-annual-plan.txt", r.rows().get(2).file());
    r.rows().stream().filter(c -> !c.file().startsWith(MINI)).forEach(c -> {
      assertEquals("温州市鹿城区人民政府", c.issuer());
      assertEquals(LUCHENG, c.file());
      assertEquals("元", c.unit());
      assertTrue(c.title().startsWith("温州市鹿城区人民政府关于印发"), c.title());
    });
  }

  @Test
  void sortByValueAndYearAndPaging() throws IOException {
    SearchRequest byValue = SearchRequest.parse("技术交易额 type:target").withSort(SortOrder.VALUE).withLimit(1000);
    List<SearchHit> hits = searcher.search(byValue);
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.get(i - 1).value() >= hits.get(i).value(), "value order at " + i);
    }
    List<SearchHit> byYear = searcher.search(byValue.withSort(SortOrder.YEAR));
    for (int i = 1; i < byYear.size(); i++) {
      assertTrue(byYear.get(i - 1).year() <= byYear.get(i).year(), "year order at " + i);
    }
    List<SearchHit> page2 = searcher.search(byValue.withOffset(2).withLimit(2));
    assertEquals(hits.subList(2, 4), page2);
  }
}
