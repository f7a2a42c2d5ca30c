package org.gongwen.policy.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV with BOM, XLSX read back by Apache POI, and the compare pivot. */
class TableExportTest {

  private static CompareRow row(String indicator, String kind, Double value, Integer year, String issuer) {
    return new CompareRow(indicator, value, "家", year, "=", kind, issuer, "t", "f", null);
  }

  private static final List<CompareRow> ROWS = List.of(
      row("高新技术企业", "level", 300d, 2024, "甲市人民政府"),
      row("高新技术企业", "level", 250d, 2023, "甲市人民政府"),
      row("高新技术企业", "level", 90d, 2024, "乙县人民政府"),
      row("新增高新技术企业", "increase", 40d, null, "乙县人民政府"),
      row("高新技术企业", "level", 310d, 2024, "甲市人民政府"));

  @Test
  void pivotHasOneColumnPerYearAndOneRowPerIndicatorKindAndIssuer() {
    TableData t = ComparePivot.of(ROWS);
    assertEquals(List.of("indicator", "kind", "unit", "comparator", "issuer", "scope", "2023", "2024", "no year"),
        t.header());
    assertEquals(3, t.rows().size());
    assertEquals(Arrays.asList("新增高新技术企业", "increase", "家", "=", "乙县人民政府", null, null, null, 40d),
        t.rows().get(0));
    assertEquals(Arrays.asList("高新技术企业", "level", "家", "=", "乙县人民政府", null, null, 90d, null), t.rows().get(1));
    // two targets of one issuer in one year share the cell
    assertEquals(Arrays.asList("高新技术企业", "level", "家", "=", "甲市人民政府", null, 250d, "300 / 310", null),
        t.rows().get(2));
  }

  @Test
  void csvStartsWithBomAndQuotesPerRfc4180() throws IOException {
    TableData t = new TableData(List.of("a", "b"), List.of(Arrays.asList("x,y", 2.5), Arrays.asList("say \"hi\"", null)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter.write(t, out);
    byte[] bytes = out.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertEquals("\uFEFFa,b\r\n\"x,y\",2.5\r\n\"say \"\"hi\"\"\",\r\n", new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void xlsxOpensInPoiWithNumbersAsNumbersAndIsDeterministic() throws IOException {
    TableData t = ComparePivot.of(ROWS);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    XlsxWriter.write(t, "compare", first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    XlsxWriter.write(t, "compare", second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first.toByteArray()))) {
      Sheet sheet = book.getSheet("compare");
      Row header = sheet.getRow(0);
      assertEquals("indicator", header.getCell(0).getStringCellValue());
      assertEquals("2024", header.getCell(7).getStringCellValue());
      Row lastRow = sheet.getRow(3);
      assertEquals("甲市人民政府", lastRow.getCell(4).getStringCellValue());
      assertEquals(CellType.NUMERIC, lastRow.getCell(6).getCellType());
      assertEquals(250d, lastRow.getCell(6).getNumericCellValue());
      assertEquals("300 / 310", lastRow.getCell(7).getStringCellValue());
      assertNull(lastRow.getCell(8));
      assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
    }
  }

  @Test
  void columnLetters() {
    assertEquals("A", XlsxWriter.column(0));
    assertEquals("Z", XlsxWriter.column(25));
    assertEquals("AA", XlsxWriter.column(26));
    assertEquals("BA", XlsxWriter.column(52));
  }
}
