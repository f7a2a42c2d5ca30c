package org.gongwen.policy.extract.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.policy.extract.Extraction;
import org.gongwen.policy.extract.NameListParser;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.structure.Line;
import org.gongwen.policy.structure.Outline;

/**
 * Implements extraction-spec §2. The front block is the lines before the first heading (and before the
 * first attachment); the 版记 is the outline's closing block.
 *
 * <p>Element rules, each a pattern of GB/T 9704 rather than of one document: the 发文机关标志 is the
 * top line ending in 文件 (joint issuance: organs separated by white space or stacked on lines above a
 * bare 文件); the 发文字号 is {@code 机关代字〔年份〕序号号} with any bracket kind; the title is the line(s)
 * after it up to the 主送 line (ending in ：); the signature is the organ line(s) right above the first
 * date line; 附注 is a bracketed line right after the date. A reposted document without letterhead
 * still gives title, signature and date; its issuers come from the signature.
 */
public final class MetadataExtractor {

  private static final Pattern DOC_NUMBER = Pattern.compile(
      "([\\p{IsHan}A-Za-z]{1,20})\\s*[〔\\[（(【]\\s*([0-9０-９]{4})\\s*[〕\\]）)】]\\s*([0-9０-９]{1,5})\\s*号");
  private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[：:]\\s*(\\S+)");
  private static final Pattern COPY_NUMBER = Pattern.compile("^(?:份号\\s*[：:]\\s*)?([0-9]{6})$");
  private static final Pattern SECURITY = Pattern.compile("^(绝密|机密|秘密)(\\s*★\\s*\\S*)?$");
  private static final Pattern URGENCY = Pattern.compile("^(特急|加急|特提|平急)$");
  private static final Pattern ENCLOSED = Pattern.compile("《(.+?)》");
  private static final Pattern ENCLOSED_PLAIN = Pattern.compile("关于(?:印发|转发|颁发|下发)(.+?)的通知$");
  private static final Pattern DOCUMENT_TITLE = Pattern.compile(
      ".*(?:通知|意见|方案|计划|要点|办法|规定|细则|决定|通报|报告|批复|纪要|函|公告|通告|令)$");
  private static final Pattern NOTE = Pattern.compile("^[（(](.+)[）)]$");
  private static final Pattern CC = Pattern.compile("^抄\\s*送\\s*[：:]\\s*(.*)$");
  private static final Pattern PRINTED = Pattern.compile("^(.*?)\\s*(" + ChineseDateParser.DATE + ")\\s*印\\s*发\\s*$");
  /** The mark of a government order: {@code 成都市人民政府令} (not a title ending in 命令, no 关于). */
  private static final Pattern ORDER_MARK = Pattern.compile("^(?!.*关于)(?!.*命令$)[\\p{IsHan}\\s]{4,30}令$");
  /** The 令号 under an order mark: {@code 第218号}. */
  private static final Pattern ORDER_NUMBER = Pattern.compile("^第\\s*[0-9０-９]{1,5}\\s*号$");
  /** A seal note after a joint signatory: {@code 杭州市财政局（代章）}. */
  private static final Pattern SEAL_NOTE = Pattern.compile("[（(]\\s*代\\s*章\\s*[）)]");
  private static final int FRONT_LINES = 40;

  private final ChineseDateParser dates = new ChineseDateParser();
  private final NameListParser names = new NameListParser(false);
  private final NameListParser organs = new NameListParser(true);

  public Extraction<DocMetadata> extract(Outline outline) {
    List<String> warnings = new ArrayList<>();
    List<Line> front = frontLines(outline);
    String copyNumber = null;
    String security = null;
    String urgency = null;
    String signer = null;
    String issuerMark = null;
    List<String> issuers = new ArrayList<>();
    String docNumber = null;
    int titleFrom = 0;
    for (int k = 0; k < front.size(); k++) {
      String t = front.get(k).text().strip();
      Matcher m;
      if ((m = COPY_NUMBER.matcher(t)).matches() && copyNumber == null && docNumber == null) {
        copyNumber = m.group(1);
        titleFrom = k + 1;
      } else if ((m = SECURITY.matcher(t)).matches() && docNumber == null) {
        security = t.replaceAll("\\s+", "");
        titleFrom = k + 1;
      } else if ((m = URGENCY.matcher(t)).matches() && docNumber == null) {
        urgency = m.group(1);
        titleFrom = k + 1;
      } else if (issuerMark == null && docNumber == null && t.endsWith("文件") && t.length() <= 60) {
        issuerMark = markFrom(front, k);
        issuers.addAll(issuersOf(issuerMark));
        issuerMark = issuerMark.replaceAll("\\s+", "");
        titleFrom = k + 1;
      } else if (issuerMark == null && docNumber == null && k < 4 && ORDER_MARK.matcher(t).matches()) {
        issuerMark = t.replaceAll("\\s+", "");
        issuers.add(issuerMark.substring(0, issuerMark.length() - 1));
        titleFrom = k + 1;
      } else if (docNumber == null && issuerMark != null && issuerMark.endsWith("令")
          && ORDER_NUMBER.matcher(t).matches()) {
        docNumber = normalizeDigits(t.replaceAll("\\s+", ""));
        titleFrom = k + 1;
      } else if (docNumber == null && (m = DOC_NUMBER.matcher(t)).find() && k < 12 && t.length() <= 60) {
        docNumber = normalizeDigits(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号");
        Matcher s = SIGNER.matcher(t);
        if (s.find()) {
          signer = s.group(1);
        }
        titleFrom = k + 1;
      } else if ((m = SIGNER.matcher(t)).find() && signer == null) {
        signer = m.group(1);
        titleFrom = k + 1;
      }
      if (docNumber != null && k >= titleFrom) {
        break;
      }
    }
    // Title: lines from titleFrom up to the 主送 line.
    String title = null;
    int recipientsLine = -1;
    List<String> titleParts = new ArrayList<>();
    for (int k = titleFrom; k < front.size() && titleParts.size() < 4; k++) {
      String t = front.get(k).text().strip();
      if (t.endsWith("：") || t.endsWith(":")) {
        recipientsLine = k;
        break;
      }
      if (t.endsWith("。") || dates.isDateLine(t)) {
        break;
      }
      titleParts.add(t);
      if (DOCUMENT_TITLE.matcher(t).matches() && !nextIsTitleContinuation(front, k)) {
        if (k + 1 < front.size() && endsWithColon(front.get(k + 1).text())) {
          recipientsLine = k + 1;
        }
        break;
      }
    }
    if (!titleParts.isEmpty()) {
      title = String.join("", titleParts).replaceAll("\\s+", "");
    }
    String enclosedTitle = null;
    if (title != null) {
      Matcher m = ENCLOSED.matcher(title);
      Matcher p = ENCLOSED_PLAIN.matcher(title);
      if (m.find()) {
        enclosedTitle = m.group(1);
      } else if (p.find()) {
        enclosedTitle = p.group(1);
      }
    } else {
      warnings.add("metadata: no title found in the first lines");
    }
    List<String> recipients = recipientsLine < 0 ? List.of() : names.split(stripColon(front.get(recipientsLine).text()));
    // Signature and date: the first date line after the title.
    String signatory = null;
    String signedDate = null;
    String note = null;
    int from = recipientsLine >= 0 ? recipientsLine + 1 : titleFrom + titleParts.size();
    for (int k = from; k < front.size(); k++) {
      String t = front.get(k).text().strip();
      Optional<String> date = dates.find(t);
      if (date.isEmpty() || t.length() > 40) {
        continue;
      }
      String before = t.replaceAll(ChineseDateParser.DATE, "").strip();
      if (!before.isEmpty() && !before.matches(".*[。，；]")) {
        signatory = before.replaceAll("\\s+", "");
      } else if (dates.isDateLine(t)) {
        signatory = signatureAbove(front, k);
      } else {
        continue;
      }
      signedDate = date.get();
      if (k + 1 < front.size()) {
        Matcher n = NOTE.matcher(front.get(k + 1).text().strip());
        if (n.matches()) {
          note = n.group(1).strip();
        }
      }
      break;
    }
    if (issuers.isEmpty() && signatory != null) {
      issuers.addAll(organs.split(signatory));
    }
    // 版记
    List<String> cc = new ArrayList<>();
    String printedBy = null;
    String printedDate = null;
    List<Line> lines = outline.lines();
    for (int i = outline.closingStart(); i < lines.size(); i++) {
      String t = lines.get(i).text().strip();
      Matcher m;
      if ((m = CC.matcher(t)).matches()) {
        cc.addAll(names.split(m.group(1).replaceAll("[。.]$", "")));
      } else if ((m = PRINTED.matcher(t)).matches()) {
        printedDate = dates.find(m.group(2)).orElse(null);
        String org = m.group(1).strip();
        if (org.isEmpty()) {
          org = previousContent(lines, i, outline.closingStart());
        }
        printedBy = org == null ? null : org.replaceAll("\\s+", "");
      }
    }
    List<String> attachments = outline.attachmentNote();
    if (attachments.isEmpty()) {
      attachments = outline.attachments().stream().map(a -> a.caption()).filter(c -> c != null).toList();
    }
    return new Extraction<>(new DocMetadata(issuerMark, issuers, docNumber, title, enclosedTitle, recipients,
        signatory, signedDate, note, attachments, cc, printedBy, printedDate, security, urgency, copyNumber,
        signer), warnings);
  }

  /** Lines before the first heading and the first attachment, at most {@value #FRONT_LINES} non-blank. */
  private static List<Line> frontLines(Outline outline) {
    int end = outline.bodyEnd();
    if (!outline.headings().isEmpty()) {
      end = Math.min(end, outline.headings().get(0).line());
    }
    List<Line> out = new ArrayList<>();
    for (Line l : outline.lines().subList(0, Math.min(end, outline.lines().size()))) {
      if (!l.blank() && !l.table()) {
        out.add(l);
        if (out.size() == FRONT_LINES) {
          break;
        }
      }
    }
    return out;
  }

  /** The mark line; for a bare {@code 文件} line, the stacked organ lines above it join the mark. */
  private static String markFrom(List<Line> front, int k) {
    String t = front.get(k).text().strip();
    if (!t.replaceAll("\\s+", "").equals("文件") || k == 0) {
      return t;
    }
    List<String> organs = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      organs.add(front.get(j).text().strip());
    }
    return String.join(" ", organs) + "文件";
  }

  private List<String> issuersOf(String mark) {
    String body = mark.strip();
    body = body.substring(0, body.length() - 2).strip();
    return organs.split(body).stream().map(s -> s.replaceAll("\\s+", "")).toList();
  }

  private static boolean nextIsTitleContinuation(List<Line> front, int k) {
    if (k + 1 >= front.size()) {
      return false;
    }
    String next = front.get(k + 1).text().strip();
    return (next.startsWith("(") || next.startsWith("（")) && next.length() < 20 && !next.endsWith("：");
  }

  private static boolean endsWithColon(String s) {
    String t = s.strip();
    return t.endsWith("：") || t.endsWith(":");
  }

  private static String stripColon(String s) {
    return s.strip().replaceAll("[：:]$", "");
  }

  /**
   * Organ lines directly above the date line (joint signatures stack several, or stand on one line
   * apart by white space: {@code 广东省科学技术厅　　广东省财政厅}), joined by 、, seal notes
   * ({@code （代章）}) dropped.
   */
  private static String signatureAbove(List<Line> front, int dateLine) {
    List<String> parts = new ArrayList<>();
    for (int j = dateLine - 1; j >= 0 && parts.size() < 4; j--) {
      String t = front.get(j).text().strip();
      if (t.length() > 40 || t.matches(".*[。，；：:]$") || t.matches(".*[。；].*")) {
        break;
      }
      parts.add(0, organsOfSignatureLine(t));
      if (front.get(j).start() > 0 && j > 0 && gapAbove(front, j)) {
        break;
      }
    }
    return parts.isEmpty() ? null : String.join("、", parts);
  }

  /** {@code A　　B} gives {@code A、B} when both are organ names (not {@code 市长　王某某}). */
  private static String organsOfSignatureLine(String line) {
    String[] parts = SEAL_NOTE.matcher(line).replaceAll("").strip().split("\\s+");
    boolean organs = parts.length > 1 && Arrays.stream(parts).allMatch(p -> p.length() >= 4);
    return organs ? String.join("、", parts) : String.join("", parts);
  }

  /** Signatures of one organ are one line; a blank line above ends a signature block. */
  private static boolean gapAbove(List<Line> front, int j) {
    return front.get(j).index() - front.get(j - 1).index() > 1;
  }

  private static String previousContent(List<Line> lines, int i, int from) {
    for (int j = i - 1; j >= from; j--) {
      if (!lines.get(j).blank()) {
        return lines.get(j).text().strip();
      }
    }
    return null;
  }

  private static String normalizeDigits(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] >= '０' && cs[i] <= '９') {
        cs[i] = (char) ('0' + (cs[i] - '０'));
      }
    }
    return new String(cs);
  }

}
