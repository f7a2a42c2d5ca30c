package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwen.policy.index.EntryType;
import org.gongwen.policy.index.PolicyIndexer;
import org.gongwen.policy.index.SamplePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySearcherTest {

  @TempDir
  static Path dir;

  private static PolicySearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    try (PolicyIndexer indexer = PolicyIndexer.open(dir)) {
      indexer.add(SamplePolicies.luchengPlan());
      indexer.add(SamplePolicies.wenzhouPlan());
    }
    searcher = PolicySearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void targetsOfAnIndicatorAndYear() throws IOException {
    List<SearchHit> hits = searcher.search(
        SearchRequest.of("高新技术企业").withType(EntryType.TARGET).withYear(2024));
    assertEquals(Set.of("高新技术企业 300 家 2024 level", "高新技术企业 140 家 2024 increase"), describe(hits));
    for (SearchHit h : hits) {
      assertEquals(SamplePolicies.LUCHENG_FILE, h.file());
      assertEquals(SamplePolicies.LUCHENG_TITLE, h.policyTitle());
      assertEquals("4ed772c9b4959484", h.docId());
      assertTrue(h.evidence().contains(h.raw()), h.evidence());
    }
  }

  @Test
  void targetsOfAnIndicatorAnyYear() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("高新技术企业").withType(EntryType.TARGET));
    assertEquals(Set.of("高新技术企业 300 家 2024 level", "高新技术企业 140 家 2024 increase",
        "高新技术企业 275 家 2021 increase"), describe(hits));
  }

  @Test
  void neighbouringTargetInTheSameSentenceIsNotAHit() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("科技型中小企业").withType(EntryType.TARGET));
    assertEquals(Set.of("科技型中小企业 1800 家 2024 level", "省科技型中小企业 1000 家 2021 increase"), describe(hits));
  }

  @Test
  void exactUnitFilterOnTasks() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("").withType(EntryType.TASK).withUnit("区科技局"));
    assertEquals(Set.of("1 强化科技企业群体培育", "4 加快大孵化集群建设", "5 加强大产业平台构建"), taskTitles(hits));
    SearchHit first = hits.stream().filter(h -> h.number().equals("1")).findFirst().orElseThrow();
    assertEquals(List.of("*区科技局", "区发改局", "区经信局", "各街镇"), first.units());
  }

  @Test
  void unitFilterAcceptsAShorterName() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("").withType(EntryType.TASK).withUnit("科技局"));
    assertEquals(Set.of("1 强化科技企业群体培育", "4 加快大孵化集群建设", "5 加强大产业平台构建",
        "1 推动高能级科创平台提能造峰"), taskTitles(hits));
  }

  @Test
  void freeTextFindsTasksByUnitName() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("科技局").withType(EntryType.TASK));
    Set<String> titles = taskTitles(hits);
    assertTrue(titles.containsAll(Set.of("1 强化科技企业群体培育", "4 加快大孵化集群建设",
        "5 加强大产业平台构建", "1 推动高能级科创平台提能造峰")), titles.toString());
    assertFalse(titles.contains("3 招引落地创新型重大项目"), titles.toString());
  }

  @Test
  void unitFilterOnTargetsUsesTheirTask() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("").withType(EntryType.TARGET).withUnit("区科技局"));
    assertEquals(Set.of("高新技术企业 140 家 2024 increase", "新增孵化面积 1200000 平方米 2024 increase"),
        describe(hits));
  }

  @Test
  void documentsByTitleWordsAndByDocNumber() throws IOException {
    List<SearchHit> byWords = searcher.search(SearchRequest.of("创新型城区 行动计划").withType(EntryType.DOCUMENT));
    assertEquals(1, byWords.size());
    assertEquals(SamplePolicies.LUCHENG_FILE, byWords.get(0).file());
    assertEquals("温鹿政发〔2022〕68号", byWords.get(0).docNumber());

    List<SearchHit> byNumber = searcher.search(SearchRequest.of("温市自创办〔2021〕1号"));
    assertEquals(SamplePolicies.WENZHOU_FILE, byNumber.get(0).file());
    assertEquals("document", byNumber.get(0).type());
  }

  @Test
  void indicatorMatchOutranksUnitMatchWithoutTypeFilter() throws IOException {
    List<SearchHit> hits = searcher.search(SearchRequest.of("高新技术企业").withLimit(50));
    assertEquals("target", hits.get(0).type());
    assertEquals("高新技术企业", hits.get(0).indicator());
  }

  @Test
  void limitAndCount() throws IOException {
    SearchRequest all = SearchRequest.of("").withLimit(3);
    assertEquals(3, searcher.search(all).size());
    assertEquals(2 + 4 + 2 + 5 + 2, searcher.count(all));
  }

  @Test
  void stats() throws IOException {
    assertEquals(new IndexStats(2, 6, 7), searcher.stats());
  }

  @Test
  void missingIndexIsATypedErrorNamingTheDirectory(@TempDir Path empty) {
    Path missing = empty.resolve("nope");
    IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> PolicySearcher.open(missing));
    assertTrue(e.getMessage().startsWith("[" + missing + "] no index"), e.getMessage());
    IndexUnavailableException e2 = assertThrows(IndexUnavailableException.class, () -> PolicySearcher.open(empty));
    assertTrue(e2.getMessage().startsWith("[" + empty + "] no index"), e2.getMessage());
  }

  @Test
  void punctuationOnlyQueryFindsNothingRatherThanEverything() throws IOException {
    assertEquals(List.of(), searcher.search(SearchRequest.of("，。")));
  }

  private static Set<String> describe(List<SearchHit> hits) {
    return hits.stream()
        .map(h -> h.indicator() + " " + PlainNumber.format(h.value()) + " " + h.unit() + " " + h.year() + " " + h.kind())
        .collect(Collectors.toSet());
  }

  private static Set<String> taskTitles(List<SearchHit> hits) {
    hits.forEach(h -> assertEquals("task", h.type()));
    return hits.stream().map(h -> h.number() + " " + h.title()).collect(Collectors.toSet());
  }
}
