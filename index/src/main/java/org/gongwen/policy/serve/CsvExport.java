package org.gongwen.policy.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.policy.search.SearchHit;

/**
 * Hits as RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends,
 * {@link HitTable#COLUMNS} as the header. A cell starting with {@code = + - @} (a formula to a
 * spreadsheet) is prefixed with {@code '} unless it is a number.
 */
public final class CsvExport {

  /** The byte-order mark written first. */
  public static final String BOM = "\uFEFF";

  private CsvExport() {}

  public static void write(List<SearchHit> hits, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(BOM);
    line(w, HitTable.COLUMNS);
    for (SearchHit h : hits) {
      line(w, HitTable.row(h));
    }
    w.flush();
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  /** One cell, quoted when it holds a comma, quote or line break; formula-looking text defused. */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
