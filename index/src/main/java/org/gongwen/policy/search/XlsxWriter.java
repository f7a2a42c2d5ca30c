package org.gongwen.policy.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link TableData} as a one-sheet Office Open XML workbook (.xlsx): the smallest valid
 * package (content types, relationships, workbook, one worksheet with inline strings), header row
 * bold and frozen, numbers as numeric cells. No library: the format needs five short XML parts, and
 * the output is deterministic (fixed entry times), so the same table gives byte-identical files.
 * Stateless.
 */
public final class XlsxWriter {

  private static final FileTime EPOCH = FileTime.fromMillis(315532800000L); // 1980-01-01, zip's earliest

  private XlsxWriter() {}

  /** Writes the workbook; {@code sheetName} is cut to Excel's 31 characters. */
  public static void write(TableData table, String sheetName, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(zip, "[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>""");
    entry(zip, "_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>""");
    entry(zip, "xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheet(sheetName))));
    entry(zip, "xl/_rels/workbook.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>""");
    entry(zip, "xl/styles.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        </styleSheet>""");
    entry(zip, "xl/worksheets/sheet1.xml", sheetXml(table));
    zip.finish();
    out.flush();
  }

  private static String sheetXml(TableData table) {
    StringBuilder sb = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
        </sheetView></sheetViews><sheetData>""");
    row(sb, 1, List.copyOf(table.header()), true);
    int r = 2;
    for (List<Object> cells : table.rows()) {
      row(sb, r++, cells, false);
    }
    sb.append("</sheetData></worksheet>");
    return sb.toString();
  }

  private static void row(StringBuilder sb, int r, List<?> cells, boolean header) {
    sb.append("<row r=\"").append(r).append("\">");
    for (int c = 0; c < cells.size(); c++) {
      Object cell = cells.get(c);
      if (cell == null || cell instanceof String s && s.isEmpty()) {
        continue;
      }
      String ref = column(c) + r;
      String style = header ? " s=\"1\"" : "";
      if (cell instanceof Number n) {
        sb.append("<c r=\"").append(ref).append('"').append(style).append("><v>")
            .append(PlainNumber.format(n.doubleValue())).append("</v></c>");
      } else {
        sb.append("<c r=\"").append(ref).append('"').append(style).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
            .append(escape(cell.toString())).append("</t></is></c>");
      }
    }
    sb.append("</row>");
  }

  /** 0 → A, 25 → Z, 26 → AA. */
  static String column(int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      sb.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return sb.toString();
  }

  private static String sheet(String name) {
    String n = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
    return n.length() > 31 ? n.substring(0, 31) : n;
  }

  /** XML text escaping; characters XML 1.0 forbids are dropped. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setLastModifiedTime(EPOCH);
    zip.putNextEntry(e);
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
