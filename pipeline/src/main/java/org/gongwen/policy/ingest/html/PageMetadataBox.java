package org.gongwen.policy.ingest.html;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.model.PageMetadata;
import org.jsoup.nodes.Element;

/**
 * Reads the 信息公开 box of a government page (索引号, 主题分类, 发文机关/发布机构, 成文日期, 标题/名称,
 * 发文字号/文号, 发布日期) and removes it from the page, so that it is neither body text nor a table.
 *
 * <p>Rule: a label is a table cell, list item or paragraph whose whole text (spaces and U+3000 left out) is
 * one of those names followed by a colon and optionally the value; without the value, the value is the next
 * cell. A box is the nearest table (or list) holding at least {@value #MIN_LABELS} labels with values, one
 * of them naming the document (索引号, 发文机关, 发布机构, 文号, 发文字号 or 成文日期); a column header
 * {@code 名称} of a data table is no box. Dates are written ISO ({@code 2018年12月29日} → {@code 2018-12-29}).
 */
final class PageMetadataBox {

  static final int MIN_LABELS = 2;
  private static final Pattern LABEL = Pattern.compile(
      "^(索引号|主题分类|分类|发文机关|发布机构|成文日期|标题|名称|发文字号|文号|发布日期)[：:](.*)$");
  private static final Set<String> IDENTIFYING = Set.of("索引号", "发文机关", "发布机构", "文号", "发文字号", "成文日期");
  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");

  private PageMetadataBox() {}

  /** The box's fields, or null when the page has no box; the box's elements are removed from the page. */
  static PageMetadata take(Element root) {
    Map<Element, Map<String, String>> boxes = new LinkedHashMap<>();
    for (Element e : root.select("td, th, li, dt, p")) {
      Matcher m = LABEL.matcher(squeeze(e.text()));
      if (!m.matches()) {
        continue;
      }
      String value = m.group(2);
      if (value.isEmpty()) {
        Element next = e.nextElementSibling();
        value = next == null ? "" : next.text().strip();
        if (LABEL.matcher(squeeze(value)).matches()) {
          value = "";
        }
      }
      if (value.isEmpty()) {
        continue;
      }
      Element box = e.closest("table, ul, ol, dl");
      boxes.computeIfAbsent(box == null ? e.parent() : box, k -> new LinkedHashMap<>())
          .putIfAbsent(m.group(1), value.strip());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Set<Element> taken = new HashSet<>();
    for (Map.Entry<Element, Map<String, String>> b : boxes.entrySet()) {
      Map<String, String> f = b.getValue();
      if (f.size() >= MIN_LABELS && f.keySet().stream().anyMatch(IDENTIFYING::contains)) {
        f.forEach(fields::putIfAbsent);
        taken.add(b.getKey());
      }
    }
    if (fields.isEmpty()) {
      return null;
    }
    // a box spread over several sibling tables (a second one for 主题词) goes with them
    for (Element box : taken) {
      if (box != null && box.parent() != null) {
        box.remove();
      }
    }
    return new PageMetadata(
        first(fields, List.of("索引号")),
        first(fields, List.of("主题分类", "分类")),
        first(fields, List.of("发文机关", "发布机构")),
        isoDate(first(fields, List.of("成文日期"))),
        first(fields, List.of("标题", "名称")),
        first(fields, List.of("发文字号", "文号")),
        isoDate(first(fields, List.of("发布日期"))));
  }

  private static String first(Map<String, String> fields, List<String> names) {
    for (String n : names) {
      String v = fields.get(n);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String isoDate(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = DATE.matcher(s);
    if (!m.find()) {
      return s;
    }
    return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** The text without ASCII spaces, U+3000 and no-break spaces. */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\u3000\u00a0]+", "");
  }
}
