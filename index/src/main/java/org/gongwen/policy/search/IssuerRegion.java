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

  private static final Pattern CITY = Pattern.compile("^(\\p{IsHan}{2,7}?市)(?![场政委])");
  private static final Pattern COUNTY = Pattern.compile("^(\\p{IsHan}{1,6}?(?:自治县|区|县|旗))(?![委域])");

  /** A place: any part null when the name does not say (and no list knows). */
  public record Region(String province, String city, String county) {}

  private final Map<String, String> provinces; // full and short name → full name
  private final Map<String, String> cityProvince;

  private IssuerRegion(Map<String, String> provinces, Map<String, String> cityProvince) {
    this.provinces = Map.copyOf(provinces);
    this.cityProvince = Map.copyOf(cityProvince);
  }

  /** From the lexicon's {@value #PROVINCES} and {@value #CITIES}. */
  public static IssuerRegion from(Lexicon lexicon) {
    Map<String, String> provinces = new LinkedHashMap<>();
    lexicon.pairs(PROVINCES).forEach((full, shortName) -> {
      provinces.put(full, full);
      if (!shortName.isBlank()) {
        provinces.put(shortName.strip(), full);
      }
    });
    return new IssuerRegion(provinces, lexicon.pairs(CITIES));
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
      Matcher m = CITY.matcher(rest);
      if (m.find()) {
        city = m.group(1);
        rest = rest.substring(city.length());
        if (province == null) {
          province = cityProvince.get(city);
        }
      }
    }
    String county = null;
    Matcher c = COUNTY.matcher(rest);
    if (c.find() && (province != null || city != null || rest.length() > c.group(1).length())) {
      county = c.group(1);
    }
    return new Region(province, city, county);
  }
}
