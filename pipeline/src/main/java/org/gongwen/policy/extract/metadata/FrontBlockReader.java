package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.text.CharClass;

/**
 * Reads the 版头 of GB/T 9704 from the head of the front lines (before the 主送 line or the first
 * sentence): 份号, 密级, 紧急程度, the 发文机关标志 (organ names ending in 文件, joint ones apart by white space,
 * glued, or stacked above a bare 文件), the mark of an order ({@code 国务院令}) with its 令号
 * ({@code 第5号}), the 发文字号 ({@code 机关代字〔年份〕序号号}, any bracket kind, on a line of its own,
 * before or after the title) and 签发人.
 *
 * <p>A line ending in 文件 whose words before it are not organ names (a document's own name, e.g. a title
 * about 规范性文件) is not a mark.
 */
public final class FrontBlockReader {

  private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");

  private static final Pattern DOC_NUMBER = Pattern.compile(
      "([\\p{IsHan}A-Za-z]{1,20})\\s*[〔\\[（(【﹝]\\s*([0-9０-９]{4})\\s*[〕\\]）)】﹞]\\s*(?:第\\s*)?([0-9０-９]{1,5})\\s*号");
  private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[：:]\\s*(\\S+)");
  private static final Pattern COPY_NUMBER = Pattern.compile("^(?:份号\\s*[：:]\\s*)?([0-9]{6})$");
  /** The 令号 under an order mark: {@code 第218号}, {@code 第 5 号}, {@code 第十二号}. */
  private static final Pattern ORDER_NUMBER =
      Pattern.compile("^第\\s*([0-9０-９]{1,5}|[一二三四五六七八九十百零〇]{1,8})\\s*号$");
  /**
   * A web page prints the order mark and its number on one line: {@code 中华人民共和国国务院令　第732号}
   * (the text layer may glue the 《…》已经…公布 sentence after it).
   */
  private static final Pattern ORDER_ON_ONE_LINE =
      Pattern.compile("^(.+?令)\\s*(第\\s*(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇]{1,8})\\s*号)(?:\\s*《.*)?$");
  /** Lines of the head: the 版头 ends before the 主送 line or the first sentence, within this many lines. */
  private static final int HEAD_LINES = 12;
  /** Han letters a 发文字号 line may hold besides the number and 签发人. */
  private static final int DOC_NUMBER_LINE_SLACK = 2;

  private final OrganNames organs;
  private final MetadataWords words;
  /** 密级, with its 保密期限 after a star: {@code 机密★1年}. */
  private final Pattern securityLine;
  /** 紧急程度 on a line of its own. */
  private final Pattern urgencyLine;

  public FrontBlockReader(OrganNames organs, MetadataWords words) {
    this.organs = organs;
    this.words = words;
    this.securityLine = Pattern.compile("^(" + words.securityLevel() + ")(\\s*★\\s*\\S*)?$");
    this.urgencyLine = Pattern.compile("^(" + words.urgencyLevel() + ")$");
  }

  public FrontBlock read(List<Line> front) {
    String copyNumber = null;
    String security = null;
    String urgency = null;
    String signer = null;
    String issuerMark = null;
    List<String> issuers = new ArrayList<>();
    String docNumber = null;
    Set<Integer> elements = new HashSet<>();
    for (int k = 0; k < Math.min(front.size(), HEAD_LINES); k++) {
      String t = front.get(k).text().strip();
      Matcher m;
      boolean orderLine = (m = ORDER_ON_ONE_LINE.matcher(t)).matches();
      if ((t.endsWith("：") || t.endsWith(":") || t.endsWith("。")) && !orderLine) {
        break;
      }
      if ((m = COPY_NUMBER.matcher(t)).matches() && copyNumber == null && docNumber == null) {
        copyNumber = m.group(1);
      } else if (securityLine.matcher(t).matches() && docNumber == null) {
        security = CharClass.withoutRegexSpace(t);
      } else if ((m = urgencyLine.matcher(t)).matches() && docNumber == null) {
        urgency = m.group(1);
      } else if (issuerMark == null && docNumber == null && isMark(front, k)) {
        String mark = markFrom(front, k, elements);
        issuers.addAll(organs.split(mark.replaceAll("文\\s*件$", "")));
        issuerMark = CharClass.withoutRegexSpace(mark);
      } else if (issuerMark == null && docNumber == null && k < 4 && isOrderMark(t)) {
        issuerMark = CharClass.withoutRegexSpace(t);
        issuers.add(issuerMark.substring(0, issuerMark.length() - 1));
      } else if (issuerMark == null && docNumber == null && k < 4 && (m = ORDER_ON_ONE_LINE.matcher(t)).matches()
          && isOrderMark(m.group(1))) {
        issuerMark = CharClass.withoutRegexSpace(m.group(1));
        issuers.add(issuerMark.substring(0, issuerMark.length() - 1));
        docNumber = normalizeDigits(CharClass.withoutRegexSpace(m.group(2)));
      } else if (docNumber == null && issuerMark != null && issuerMark.endsWith("令")
          && ORDER_NUMBER.matcher(t).matches()) {
        docNumber = normalizeDigits(CharClass.withoutRegexSpace(t));
      } else if (docNumber == null && (m = DOC_NUMBER.matcher(t)).find() && isDocNumberLine(t, m)) {
        docNumber = normalizeDigits(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号");
        Matcher s = SIGNER.matcher(t);
        if (s.find()) {
          signer = s.group(1);
        }
      } else if ((m = SIGNER.matcher(t)).find() && signer == null) {
        signer = m.group(1);
      } else {
        continue;
      }
      elements.add(k);
    }
    return new FrontBlock(copyNumber, security, urgency, issuerMark, issuers, docNumber, signer, elements);
  }

  /** A line ending in 文件 whose words before are organ names, or a bare 文件 under stacked organ lines. */
  private boolean isMark(List<Line> front, int k) {
    String t = CharClass.withoutRegexSpace(front.get(k).text());
    if (!t.endsWith("文件") || t.length() > 60) {
      return false;
    }
    if (t.equals("文件")) {
      return k > 0 && allOrgans(front, 0, k);
    }
    return organs.allOrgans(front.get(k).text().strip().replaceAll("文\\s*件$", ""));
  }

  private boolean allOrgans(List<Line> front, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!organs.allOrgans(front.get(j).text())) {
        return false;
      }
    }
    return true;
  }

  /** The mark of an order: organ names (or 主席) before 令, no 关于 ({@code 国务院令}, {@code 某市人民政府令}). */
  private boolean isOrderMark(String t) {
    String s = CharClass.withoutRegexSpace(t);
    if (!s.endsWith("令") || s.length() < 3 || s.contains("关于") || !s.matches("\\p{IsHan}+")) {
      return false;
    }
    String issuer = s.substring(0, s.length() - 1);
    return organs.isOrgan(issuer) || words.orderIssuers().stream().anyMatch(issuer::endsWith);
  }

  /** The number stands on its own line (with 签发人 at most), not cited inside a title or a sentence. */
  private static boolean isDocNumberLine(String t, Matcher m) {
    String rest = SIGNER.matcher(t.substring(0, m.start()) + t.substring(m.end())).replaceAll("");
    return NOT_HAN.matcher(rest).replaceAll("").length() <= DOC_NUMBER_LINE_SLACK;
  }

  /** The mark text; for a bare {@code 文件} line, the stacked organ lines above it join the mark. */
  private static String markFrom(List<Line> front, int k, Set<Integer> elements) {
    String t = front.get(k).text().strip();
    if (!CharClass.withoutRegexSpace(t).equals("文件")) {
      return t;
    }
    List<String> stacked = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      stacked.add(front.get(j).text().strip());
      elements.add(j);
    }
    return String.join(" ", stacked) + "文件";
  }

  static String normalizeDigits(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] >= '０' && cs[i] <= '９') {
        cs[i] = (char) ('0' + (cs[i] - '０'));
      }
    }
    return new String(cs);
  }
}
