package org.gongwen.policy.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Builds small DOCX files in memory for the tests, with Apache POI. */
final class Docx {

  private Docx() {}

  /**
   * Two paragraphs (the second with a line break), a 3×3 table with a two-line cell and an empty row,
   * then a closing paragraph.
   */
  static byte[] sample() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("温州市鹿城区人民政府文件");
      XWPFRun run = doc.createParagraph().createRun();
      run.setText("第一行");
      run.addBreak();
      run.setText("第二行");
      XWPFTable table = doc.createTable(4, 3);
      fill(table.getRow(0).getCell(0), "序号");
      fill(table.getRow(0).getCell(1), "任务");
      fill(table.getRow(0).getCell(2), "牵头单位");
      fill(table.getRow(1).getCell(0), "1");
      fill(table.getRow(1).getCell(1), "建设创新平台", "（2022年底前）");
      fill(table.getRow(1).getCell(2), "区科技局");
      fill(table.getRow(2).getCell(0), "2");
      fill(table.getRow(2).getCell(1), "引进人才");
      // row 3 stays empty
      doc.createParagraph().createRun().setText("温州市鹿城区人民政府");
      return bytes(doc);
    }
  }

  /** One paragraph of {@code length} times the letter a. */
  static byte[] longParagraph(int length) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("a".repeat(length));
      return bytes(doc);
    }
  }

  /** One paragraph of body text with a header and a page-number footer. */
  static byte[] withHeaderAndFooter() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉文字");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("— 1 —");
      doc.createParagraph().createRun().setText("正文");
      return bytes(doc);
    }
  }

  /** {@code docx} encrypted with a password (ECMA-376 agile encryption), as Word writes it. */
  static byte[] encrypt(byte[] docx, String password) throws IOException, GeneralSecurityException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /** Each text in its own paragraph of the cell. */
  private static void fill(XWPFTableCell cell, String... paragraphs) {
    cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
    for (int i = 1; i < paragraphs.length; i++) {
      cell.addParagraph().createRun().setText(paragraphs[i]);
    }
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
