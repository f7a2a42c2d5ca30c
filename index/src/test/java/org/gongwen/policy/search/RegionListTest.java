package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongwen.policy.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The region lists are complete: every prefecture-level division of mainland China (293 市, 30 自治州,
 * 7 地区, 3 盟 as of 2024) maps to a province of {@code search/regions}, with the count of each
 * province checked where it is easy to get wrong.
 */
class RegionListTest {

  private static final Lexicon LEXICON = Lexicon.standard();
  private static final IssuerRegion REGIONS = IssuerRegion.from(LEXICON);

  @Test
  void all333PrefecturesOfTheMainland() {
    Map<String, String> cities = LEXICON.pairs(IssuerRegion.CITIES);
    assertEquals(333, cities.size());
    assertEquals(333, REGIONS.prefectureCount());
    assertEquals(293, cities.keySet().stream().filter(c -> c.endsWith("市")).count(), "地级市");
    assertEquals(30, cities.keySet().stream().filter(c -> c.endsWith("自治州")).count(), "自治州");
    assertEquals(7, cities.keySet().stream().filter(c -> c.endsWith("地区")).count(), "地区");
    assertEquals(3, cities.keySet().stream().filter(c -> c.endsWith("盟")).count(), "盟");
  }

  @Test
  void everyProvinceOfTheMainlandHasItsPrefectures() {
    Map<String, String> provinces = LEXICON.pairs(IssuerRegion.PROVINCES);
    assertEquals(34, provinces.size(), "23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs");
    Map<String, Integer> perProvince = new TreeMap<>();
    LEXICON.pairs(IssuerRegion.CITIES).forEach((city, province) -> {
      assertTrue(provinces.containsKey(province), city + ": " + province + " is not in " + IssuerRegion.PROVINCES);
      perProvince.merge(province, 1, Integer::sum);
    });
    // every province-level division except the municipalities, Taiwan, Hong Kong and Macao
    assertEquals(27, perProvince.size(), perProvince.toString());
    for (String none : List.of("北京市", "天津市", "上海市", "重庆市", "台湾省", "香港特别行政区", "澳门特别行政区")) {
      assertTrue(!perProvince.containsKey(none), none);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"广东省,21", "四川省,21", "河南省,17", "新疆维吾尔自治区,14", "云南省,16", "内蒙古自治区,12",
      "青海省,8", "海南省,4", "宁夏回族自治区,5", "西藏自治区,7", "黑龙江省,13", "安徽省,16"})
  void prefecturesPerProvince(String province, int count) {
    assertEquals(count, LEXICON.pairs(IssuerRegion.CITIES).values().stream().filter(province::equals).count());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"石家庄市,河北省", "吕梁市,山西省", "鄂尔多斯市,内蒙古自治区", "葫芦岛市,辽宁省", "延边朝鲜族自治州,吉林省",
      "七台河市,黑龙江省", "宿迁市,江苏省", "亳州市,安徽省", "宁德市,福建省", "景德镇市,江西省", "菏泽市,山东省",
      "驻马店市,河南省", "襄阳市,湖北省", "张家界市,湖南省", "云浮市,广东省", "崇左市,广西壮族自治区", "三沙市,海南省",
      "儋州市,海南省", "攀枝花市,四川省", "六盘水市,贵州省", "普洱市,云南省", "那曲市,西藏自治区", "商洛市,陕西省",
      "嘉峪关市,甘肃省", "海东市,青海省", "中卫市,宁夏回族自治区", "哈密市,新疆维吾尔自治区", "阿拉善盟,内蒙古自治区",
      "黔南州,贵州省", "西双版纳州,云南省"})
  void spotChecks(String prefecture, String province) {
    assertEquals(province, REGIONS.provinceOf(prefecture));
  }

  @Test
  void aShortNameOfNoKnownPrefectureIsRejected() {
    Lexicon bad = Lexicon.of(Map.of(IssuerRegion.PROVINCES, List.of("浙江省\t浙江"),
        IssuerRegion.CITIES, List.of("杭州市\t浙江省"), IssuerRegion.SHORT_NAMES, List.of("杭城\t杭州府")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IssuerRegion.from(bad));
    assertTrue(e.getMessage().contains("[杭城]") && e.getMessage().contains("[杭州府]"), e.getMessage());
  }
}
