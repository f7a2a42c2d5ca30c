package org.gongwen.policy.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link TableData} as CSV the way spreadsheet users expect: RFC 4180 (fields with a comma,
 * quote or line break quoted, quotes doubled, CRLF line ends), UTF-8 with a byte-order mark so Excel
 * opens Chinese text correctly instead of guessing a legacy code page. Stateless.
 */
public final class CsvWriter {

  /** The UTF-8 byte-order mark, as a character. */
  public static final String BOM = "\uFEFF";

  private CsvWriter() {}

  /** The whole table as CSV text, starting with {@link #BOM}. */
  public static String toCsv(TableData table) {
    StringBuilder sb = new StringBuilder(BOM);
    for (String[] row : table.textRows()) {
      sb.append(line(row)).append("\r\n");
    }
    return sb.toString();
  }

  /** Writes {@link #toCsv} as UTF-8 bytes. */
  public static void write(TableData table, OutputStream out) throws IOException {
    out.write(toCsv(table).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** One record, RFC 4180 quoting, no line end. */
  public static String line(String[] fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields[i] == null ? "" : fields[i];
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    return sb.toString();
  }
}
