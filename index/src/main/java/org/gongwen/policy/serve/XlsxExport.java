package org.gongwen.policy.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongwen.policy.search.SearchHit;

/**
 * Hits as an XLSX workbook (Apache POI, streaming): one sheet {@code hits}, {@link HitTable#COLUMNS} as
 * the header, {@code value} and {@code year} as numbers, everything else as text (never formulas).
 */
public final class XlsxExport {

  /** The sheet's name. */
  public static final String SHEET = "hits";

  private XlsxExport() {}

  public static void write(List<SearchHit> hits, OutputStream out) throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      Sheet sheet = book.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HitTable.COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(HitTable.COLUMNS.get(c));
      }
      int r = 1;
      for (SearchHit h : hits) {
        Row row = sheet.createRow(r++);
        List<String> cells = HitTable.row(h);
        for (int c = 0; c < cells.size(); c++) {
          Cell cell = row.createCell(c);
          if (c == HitTable.VALUE && h.value() != null) {
            cell.setCellValue(h.value());
          } else if (c == HitTable.YEAR && h.year() != null) {
            cell.setCellValue(h.year());
          } else {
            cell.setCellValue(cells.get(c));
          }
        }
      }
      book.write(out);
      out.flush();
    } finally {
      book.dispose();
      book.close();
    }
  }
}
