package org.gongwen.policy.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * The province, city and county an issuing organ's name starts with, for the region facets:
 * 温州市鹿城区人民政府 → 浙江省 / 温州市 / 鹿城区; 浙江省科学技术厅 → 浙江省; 德清县人民政府 → county
 * 德清县. The province comes from the name (full or short, {@code search/regions}) or from the city
 * ({@code search/city-provinces}, not complete); city and county from the 市 and 区/县/旗 that follow.
 * Immutable.
 */
public final class IssuerRegion {

  /** Lexicon list of province-level names: full, TAB, short. */
  public static final String PROVINCES = "search/regions";
  /** Lexicon list of prefecture-level cities: city, TAB, province. */
  public static final String CITIES = "search/city-provinces";

  /** Lexicon list of the endings of a county-level name (区, 县 …). */
  public static final String COUNTY_ENDINGS = "search/county-endings";
  /** Lexicon list of letters after 市 that make it no city ending (市场, 市委). */
  public static final String NOT_CITY_AFTER = "search/not-city-after";
  /** Lexicon list of letters after a county ending that make it none (区委, 区域). */
  public static final String NOT_COUNTY_AFTER = "search/not-county-after";

  /** A place: any part null when the name does not say (and no list knows). */
  public record Region(String province, String city, String county) {}

  private final Map<String, String> provinces; // full and short name → full name
  private final Map<String, String> cityProvince;
  private final Pattern cityName;
  private final Pattern countyName;

  private IssuerRegion(Map<String, String> provinces, Map<String, String> cityProvince, Lexicon lexicon) {
    this.provinces = Map.copyOf(provinces);
    this.cityProvince = Map.copyOf(cityProvince);
    this.cityName = Pattern.compile("^(\\p{IsHan}{2,7}?市)(?!" + lexicon.characterClass(NOT_CITY_AFTER) + ")");
    this.countyName = Pattern.compile("^(\\p{IsHan}{1,6}?" + lexicon.alternation(COUNTY_ENDINGS) + ")(?!"
        + lexicon.characterClass(NOT_COUNTY_AFTER) + ")");
  }

  /** From the lexicon's {@value #PROVINCES}, {@value #CITIES} and the endings lists. */
  public static IssuerRegion from(Lexicon lexicon) {
    Map<String, String> provinces = new LinkedHashMap<>();
    lexicon.pairs(PROVINCES).forEach((full, shortName) -> {
      provinces.put(full, full);
      if (!shortName.isBlank()) {
        provinces.put(shortName.strip(), full);
      }
    });
    return new IssuerRegion(provinces, lexicon.pairs(CITIES), lexicon);
  }

  /** The region of an issuer's name. */
  public Region of(String issuer) {
    String rest = issuer == null ? "" : issuer.strip();
    String province = null;
    String best = null;
    for (String p : provinces.keySet()) {
      if (rest.startsWith(p) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    if (best != null) {
      province = provinces.get(best);
      rest = rest.substring(best.length());
    }
    String city = null;
    boolean municipality = province != null && province.endsWith("市");
    if (municipality) {
      city = province;
    } else {
      Matcher m = cityName.matcher(rest);
      if (m.find()) {
        city = m.group(1);
        rest = rest.substring(city.length());
        if (province == null) {
          province = cityProvince.get(city);
        }
      }
    }
    String county = null;
    Matcher c = countyName.matcher(rest);
    if (c.find() && (province != null || city != null || rest.length() > c.group(1).length())) {
      county = c.group(1);
    }
    return new Region(province, city, county);
  }
}
