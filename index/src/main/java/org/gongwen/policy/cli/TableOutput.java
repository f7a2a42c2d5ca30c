package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongwen.policy.search.CsvWriter;
import org.gongwen.policy.search.TableData;
import org.gongwen.policy.search.XlsxWriter;

/**
 * Writes a table as {@code csv} (UTF-8 with BOM, RFC 4180) or {@code xlsx} to {@code --output FILE}, or
 * to standard output when no file (or {@code -}) is given. XLSX is binary: written to a terminal it is
 * refused, as {@code gzip} does.
 */
final class TableOutput {

  private TableOutput() {}

  /**
   * @return null when written, else the usage error to print
   */
  static String write(TableData table, String format, Path output, String sheet, PrintWriter textOut) throws IOException {
    boolean stdout = output == null || "-".equals(output.toString());
    if ("xlsx".equals(format) && stdout && System.console() != null) {
      return "xlsx is binary: give --output FILE.xlsx (or redirect standard output)";
    }
    if (stdout && !"xlsx".equals(format)) {
      textOut.print(CsvWriter.toCsv(table));
      textOut.flush();
      return null;
    }
    if (stdout) {
      textOut.flush();
      XlsxWriter.write(table, sheet, System.out);
      return null;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(output)) {
      emit(table, format, sheet, file);
    }
    return null;
  }

  private static void emit(TableData table, String format, String sheet, OutputStream out) throws IOException {
    if ("xlsx".equals(format)) {
      XlsxWriter.write(table, sheet, out);
    } else {
      CsvWriter.write(table, out);
    }
    out.flush();
  }
}
