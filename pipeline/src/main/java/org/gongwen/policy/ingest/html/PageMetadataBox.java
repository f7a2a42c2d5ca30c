package org.gongwen.policy.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongwen.policy.lexicon.Lexicon;
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

  private static final String LABELS = "ingest/page-box-labels";

  static final int MIN_LABELS = 2;
  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");

  /** A label cell: one of the labels, a colon, and maybe the value. */
  private final Pattern label;
  /** The labels that name the document. */
  private final Set<String> identifying;
  /** For each field of {@link PageMetadata}, its labels in order of preference. */
  private final Map<String, List<String>> fieldLabels;

  /** @param lexicon gives the box's labels, their fields and which of them identify a document */
  PageMetadataBox(Lexicon lexicon) {
    Set<String> ids = new LinkedHashSet<>();
    Map<String, List<String>> byField = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (String line : lexicon.words(LABELS)) {
      String[] f = line.split("\t");
      if (f.length < 2 || f.length > 3 || (f.length == 3 && !f[2].strip().equals("identifying"))) {
        throw new IllegalStateException("word list " + LABELS + ": not label<TAB>field[<TAB>identifying]: " + line);
      }
      labels.add(f[0].strip());
      byField.computeIfAbsent(f[1].strip(), k -> new ArrayList<>()).add(f[0].strip());
      if (f.length == 3) {
        ids.add(f[0].strip());
      }
    }
    this.label = Pattern.compile("^(" + labels.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")[：:](.*)$");
    this.identifying = Set.copyOf(ids);
    this.fieldLabels = Map.copyOf(byField);
  }

  /** The box's fields, or null when the page has no box; the box's elements are removed from the page. */
  PageMetadata take(Element root) {
    Map<Element, Map<String, String>> boxes = new LinkedHashMap<>();
    for (Element e : root.select("td, th, li, dt, p")) {
      Matcher m = label.matcher(squeeze(e.text()));
      if (!m.matches()) {
        continue;
      }
      String value = m.group(2);
      if (value.isEmpty()) {
        Element next = e.nextElementSibling();
        value = next == null ? "" : next.text().strip();
        if (label.matcher(squeeze(value)).matches()) {
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
      if (f.size() >= MIN_LABELS && f.keySet().stream().anyMatch(identifying::contains)) {
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
        first(fields, "indexNumber"),
        first(fields, "subject"),
        first(fields, "issuer"),
        isoDate(first(fields, "signedDate")),
        first(fields, "title"),
        first(fields, "docNumber"),
        isoDate(first(fields, "publishedDate")));
  }

  private String first(Map<String, String> fields, String field) {
    for (String n : fieldLabels.getOrDefault(field, List.of())) {
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
