package org.gongwen.policy.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * The province, city and county an issuing organ's name starts with, for the region facets:
 * 温州市鹿城区人民政府 → 浙江省 / 温州市 / 鹿城区; 浙江省科学技术厅 → 浙江省; 德清县人民政府 → county
 * 德清县; 凉山州教育局 → 四川省 / 凉山彝族自治州. The province comes from the name (full or short,
 * {@code search/regions}) or from the prefecture-level division the name starts with
 * ({@code search/city-provinces}, all 333 of mainland China: 市, 自治州 (also by its short name,
 * {@code search/prefecture-short-names}), 地区, 盟); a city the lists do not know is taken from the
 * 市 that follows, a county from the 区/县/旗 after that. The longer of a province and a prefecture
 * name at the start wins (海南藏族自治州 is in 青海省, 吉林市 is a city of 吉林省). Immutable.
 */
public final class IssuerRegion {

  /** Lexicon list of province-level names: full, TAB, short. */
  public static final String PROVINCES = "search/regions";
  /** Lexicon list of prefecture-level divisions: full name, TAB, province. */
  public static final String CITIES = "search/city-provinces";
  /** Lexicon list of short names of prefectures: short, TAB, full name in {@value #CITIES}. */
  public static final String SHORT_NAMES = "search/prefecture-short-names";

  /** Lexicon list of the endings of a county-level name (区, 县 …). */
  public static final String COUNTY_ENDINGS = "search/county-endings";
  /** Lexicon list of letters after 市 that make it no city ending (市场, 市委). */
  public static final String NOT_CITY_AFTER = "search/not-city-after";
  /** Lexicon list of letters after a county ending that make it none (区委, 区域). */
  public static final String NOT_COUNTY_AFTER = "search/not-county-after";

  /** A place: any part null when the name does not say (and no list knows). */
  public record Region(String province, String city, String county) {}

  private final Map<String, String> provinces; // full and short name → full name
  private final Map<String, String> cityProvince; // full name → province
  private final Map<String, String> cityNames; // full and short name → full name
  private final Pattern cityName;
  private final Pattern countyName;

  private IssuerRegion(Map<String, String> provinces, Map<String, String> cityProvince,
      Map<String, String> cityNames, Lexicon lexicon) {
    this.provinces = Map.copyOf(provinces);
    this.cityProvince = Map.copyOf(cityProvince);
    this.cityNames = Map.copyOf(cityNames);
    this.cityName = Pattern.compile("^(\\p{IsHan}{2,7}?市)(?!" + lexicon.characterClass(NOT_CITY_AFTER) + ")");
    this.countyName = Pattern.compile("^(\\p{IsHan}{1,6}?" + lexicon.alternation(COUNTY_ENDINGS) + ")(?!"
        + lexicon.characterClass(NOT_COUNTY_AFTER) + ")");
  }

  /** From the lexicon's {@value #PROVINCES}, {@value #CITIES}, {@value #SHORT_NAMES} and the endings lists. */
  public static IssuerRegion from(Lexicon lexicon) {
    Map<String, String> provinces = new LinkedHashMap<>();
    lexicon.pairs(PROVINCES).forEach((full, shortName) -> {
      provinces.put(full, full);
      if (!shortName.isBlank()) {
        provinces.put(shortName.strip(), full);
      }
    });
    Map<String, String> cityProvince = lexicon.pairs(CITIES);
    Map<String, String> cityNames = new LinkedHashMap<>();
    cityProvince.keySet().forEach(full -> cityNames.put(full, full));
    lexicon.pairs(SHORT_NAMES).forEach((shortName, full) -> {
      if (!cityProvince.containsKey(full.strip())) {
        throw new IllegalArgumentException("lexicon " + SHORT_NAMES + ": [" + shortName + "] names ["
            + full + "], which is not in " + CITIES);
      }
      cityNames.put(shortName, full.strip());
    });
    return new IssuerRegion(provinces, cityProvince, cityNames, lexicon);
  }

  /** How many prefecture-level divisions the lists know. */
  public int prefectureCount() {
    return cityProvince.size();
  }

  /** The province a prefecture-level division belongs to (full or short name), or null. */
  public String provinceOf(String prefecture) {
    String full = cityNames.get(prefecture);
    return full == null ? null : cityProvince.get(full);
  }

  /** The region of an issuer's name. */
  public Region of(String issuer) {
    String rest = issuer == null ? "" : issuer.strip();
    String province = null;
    String bestProvince = longestPrefix(rest, provinces.keySet());
    String bestCity = longestPrefix(rest, cityNames.keySet());
    String city = null;
    if (bestCity != null && (bestProvince == null || bestCity.length() > bestProvince.length())) {
      city = cityNames.get(bestCity);
      province = cityProvince.get(city);
      rest = rest.substring(bestCity.length());
    } else if (bestProvince != null) {
      province = provinces.get(bestProvince);
      rest = rest.substring(bestProvince.length());
    }
    boolean municipality = province != null && province.endsWith("市");
    if (city == null && municipality) {
      city = province;
    } else if (city == null) {
      String known = longestPrefix(rest, cityNames.keySet());
      if (known != null) {
        city = cityNames.get(known);
        rest = rest.substring(known.length());
      } else {
        Matcher m = cityName.matcher(rest);
        if (m.find()) {
          city = m.group(1);
          rest = rest.substring(city.length());
        }
      }
      if (city != null && province == null) {
        province = cityProvince.get(city);
      }
    }
    String county = null;
    Matcher c = countyName.matcher(rest);
    if (c.find() && (province != null || city != null || rest.length() > c.group(1).length())) {
      county = c.group(1);
    }
    return new Region(province, city, county);
  }

  private static String longestPrefix(String text, Iterable<String> names) {
    String best = null;
    for (String name : names) {
      if (text.startsWith(name) && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }
}
