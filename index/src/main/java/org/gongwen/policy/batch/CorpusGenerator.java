package org.gongwen.policy.batch;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gongwen.policy.json.PolicyJson;

/**
 * Writes a torture corpus: renderings of the seed texts with varied issuer, years and values in several
 * encodings (UTF-8, UTF-8 with BOM, GB18030, UTF-16LE with BOM) as TXT and HTML, byte-changed copies of
 * the sample PDFs and DOCX files (PDF: document-info keyword rewritten by PDFBox; DOCX: zip comment),
 * and bad files, each with the reason code the pipeline must report. Deterministic for a seed. Files go
 * to {@code DIR/dNNN/} (100 per directory); {@code DIR/.corpus.jsonl} (hidden, so not an input) lists
 * every file with its kind and expected error (null for good files).
 */
public final class CorpusGenerator {

  /** What to write. {@code binaryPercent} of the good files are PDF/DOCX copies (needs samples). */
  public record Spec(int count, double badPercent, long seed, int maxChars, int binaryPercent, long oversizeBytes) {}

  /** A bad case: file name extension and the reason code the pipeline reports for it. */
  private enum Bad {
    EMPTY("txt", "empty"),
    TRUNCATED_PDF("pdf", "corrupt"),
    TRUNCATED_DOCX("docx", "corrupt"),
    RANDOM_PDF("pdf", "corrupt"), // named .pdf, so read as a (broken) PDF
    RANDOM_TXT("txt", "unsupported-type"),
    ENCRYPTED_PDF("pdf", "encrypted"),
    IMAGE_PDF("pdf", "no-text-layer"),
    ZIP_DOCX("docx", "corrupt"), // a zip without the OOXML parts
    OVERSIZE("txt", "too-large");

    final String ext;
    final String error;

    Bad(String ext, String error) {
      this.ext = ext;
      this.error = error;
    }
  }

  private static final List<String> ISSUERS = List.of("杭州市西湖区人民政府", "宁波市鄞州区人民政府",
      "温州市鹿城区人民政府", "嘉兴市南湖区人民政府", "绍兴市越城区人民政府", "金华市婺城区人民政府",
      "台州市椒江区人民政府", "湖州市吴兴区人民政府");
  private static final Pattern YEAR = Pattern.compile("20([0-4][0-9])");
  private static final Pattern VALUE = Pattern.compile("(\\d+)(家|个|亿元|万元|%|人|项)");
  private static final Pattern ISSUER_LINE = Pattern.compile("(?m)^\\s*(\\S+?)文件\\s*$");

  private final List<String> seeds;
  private final List<byte[]> pdfs;
  private final List<byte[]> docxs;

  private CorpusGenerator(List<String> seeds, List<byte[]> pdfs, List<byte[]> docxs) {
    this.seeds = seeds;
    this.pdfs = pdfs;
    this.docxs = docxs;
  }

  /** Reads the seed texts ({@code *.txt}, UTF-8) and sample PDFs/DOCX (the directory may be missing). */
  public static CorpusGenerator from(Path seedDir, Path sampleDir) throws IOException {
    List<String> seeds = new ArrayList<>();
    for (Path p : list(seedDir, ".txt")) {
      seeds.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    if (seeds.isEmpty()) {
      throw new IOException("[" + seedDir + "] no seed .txt files");
    }
    List<byte[]> pdfs = new ArrayList<>();
    List<byte[]> docxs = new ArrayList<>();
    if (sampleDir != null && Files.isDirectory(sampleDir)) {
      for (Path p : list(sampleDir, ".pdf")) {
        pdfs.add(Files.readAllBytes(p));
      }
      for (Path p : list(sampleDir, ".docx")) {
        docxs.add(Files.readAllBytes(p));
      }
    }
    return new CorpusGenerator(List.copyOf(seeds), List.copyOf(pdfs), List.copyOf(docxs));
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new IOException("[" + dir + "] cannot list: " + e.getMessage(), e);
    }
  }

  /** Writes the corpus; returns the number of bad files. */
  public int write(Path out, Spec spec) throws IOException {
    Files.createDirectories(out);
    Random random = new Random(spec.seed());
    PolicyJson json = new PolicyJson();
    int badCount = (int) Math.ceil(spec.count() * spec.badPercent() / 100.0);
    // spread the bad ones evenly, at deterministic positions
    double stride = badCount == 0 ? Double.MAX_VALUE : (double) spec.count() / badCount;
    int bads = 0;
    StringBuilder listing = new StringBuilder();
    for (int i = 0; i < spec.count(); i++) {
      Path dir = Files.createDirectories(out.resolve(String.format("d%03d", i / 100)));
      boolean bad = bads < badCount && i >= Math.round(bads * stride);
      Map<String, Object> line = new LinkedHashMap<>();
      Path file;
      if (bad) {
        Bad kind = Bad.values()[bads % Bad.values().length];
        if (needsSample(kind) && (kind.ext.equals("pdf") ? pdfs : docxs).isEmpty()) {
          kind = Bad.RANDOM_TXT;
        }
        file = dir.resolve(String.format("%05d-%s.%s", i, kind.name().toLowerCase().replace('_', '-'), kind.ext));
        Files.write(file, badBytes(kind, random, spec));
        line.put("kind", kind.name().toLowerCase());
        line.put("error", kind.error);
        bads++;
      } else {
        GoodFile good = good(i, random, spec);
        file = dir.resolve(String.format("%05d-%s", i, good.name()));
        Files.write(file, good.bytes());
        line.put("kind", good.name().substring(0, good.name().indexOf('.')));
        line.put("error", null);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", out.relativize(file).toString());
      entry.putAll(line);
      listing.append(json.toLine(entry)).append('\n');
    }
    Files.writeString(out.resolve(".corpus.jsonl"), listing, StandardCharsets.UTF_8);
    return bads;
  }

  private static boolean needsSample(Bad kind) {
    return kind == Bad.TRUNCATED_PDF || kind == Bad.TRUNCATED_DOCX;
  }

  private record GoodFile(String name, byte[] bytes) {}

  private GoodFile good(int i, Random random, Spec spec) throws IOException {
    if (random.nextInt(100) < spec.binaryPercent() && !(pdfs.isEmpty() && docxs.isEmpty())) {
      boolean pdf = docxs.isEmpty() || (!pdfs.isEmpty() && random.nextBoolean());
      if (pdf) {
        return new GoodFile("pdf.pdf", retaggedPdf(pdfs.get(random.nextInt(pdfs.size())), i));
      }
      return new GoodFile("docx.docx", commentedZip(docxs.get(random.nextInt(docxs.size())), "corpus copy " + i));
    }
    String text = vary(seeds.get(random.nextInt(seeds.size())), random, spec.maxChars(), i);
    int form = random.nextInt(5);
    return switch (form) {
      case 0 -> new GoodFile("utf8.txt", text.getBytes(StandardCharsets.UTF_8));
      case 1 -> new GoodFile("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          text.getBytes(StandardCharsets.UTF_8)));
      case 2 -> new GoodFile("gb18030.txt", text.getBytes(Charset.forName("GB18030")));
      case 3 -> new GoodFile("utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          text.getBytes(StandardCharsets.UTF_16LE)));
      default -> new GoodFile("html.html", html(text).getBytes(StandardCharsets.UTF_8));
    };
  }

  private static final Pattern DOC_NUMBER = Pattern.compile("(〔\\d{4}〕)\\d+号");

  /** The seed with another issuer, years shifted, values changed, optionally cut to {@code maxChars}. */
  static String vary(String seed, Random random, int maxChars, int serial) {
    String text = seed;
    if (maxChars > 0 && text.length() > maxChars) {
      int cut = text.lastIndexOf('\n', maxChars);
      text = text.substring(0, cut > 0 ? cut + 1 : maxChars);
    }
    Matcher issuerLine = ISSUER_LINE.matcher(text);
    if (issuerLine.find()) {
      String issuer = issuerLine.group(1);
      text = text.replace(issuer, ISSUERS.get(random.nextInt(ISSUERS.size())));
    }
    int shift = random.nextInt(7) - 3;
    text = YEAR.matcher(text).replaceAll(m -> String.valueOf(2000 + Integer.parseInt(m.group(1)) + shift));
    // every notice has its own 发文字号: without this the variants would all be one notice republished
    text = DOC_NUMBER.matcher(text).replaceAll(m -> m.group(1) + (serial + 1) + "号");
    int bump = 1 + random.nextInt(9);
    text = VALUE.matcher(text).replaceAll(m -> {
      String digits = m.group(1);
      if (digits.length() > 9) {
        return m.group();
      }
      return (Long.parseLong(digits) + bump) + m.group(2);
    });
    return text + "\n（语料编号：" + serial + "）\n";
  }

  private static String html(String text) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>policy</title></head><body>\n");
    boolean inTable = false;
    for (String line : text.split("\n", -1)) {
      boolean row = line.indexOf('\t') >= 0;
      if (row && !inTable) {
        b.append("<table>\n");
        inTable = true;
      } else if (!row && inTable) {
        b.append("</table>\n");
        inTable = false;
      }
      if (row) {
        b.append("<tr>");
        for (String cell : line.split("\t", -1)) {
          b.append("<td>").append(escape(cell)).append("</td>");
        }
        b.append("</tr>\n");
      } else if (!line.isBlank()) {
        b.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    if (inTable) {
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private byte[] badBytes(Bad kind, Random random, Spec spec) throws IOException {
    return switch (kind) {
      case EMPTY -> new byte[0];
      case TRUNCATED_PDF -> truncate(pdfs.get(random.nextInt(pdfs.size())), random);
      case TRUNCATED_DOCX -> truncate(docxs.get(random.nextInt(docxs.size())), random);
      case RANDOM_PDF, RANDOM_TXT -> randomBytes(random, 512 + random.nextInt(4096));
      case ENCRYPTED_PDF -> encryptedPdf(random);
      case IMAGE_PDF -> imagePdf(random);
      case ZIP_DOCX -> zipOf("notes.txt", "这不是一个 Word 文档 " + random.nextInt());
      case OVERSIZE -> oversize(spec.oversizeBytes());
    };
  }

  /** The first 20–50 % of the bytes: no trailer, no cross-reference table, no zip directory. */
  private static byte[] truncate(byte[] bytes, Random random) {
    int keep = (int) (bytes.length * (0.2 + 0.3 * random.nextDouble()));
    byte[] out = new byte[keep];
    System.arraycopy(bytes, 0, out, 0, keep);
    return out;
  }

  /** Binary noise: a high share of control bytes and no known magic number. */
  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    b[0] = 0x01;
    b[1] = 0x02; // never %PDF, PK, a BOM or any other magic
    return b;
  }

  private byte[] encryptedPdf(Random random) throws IOException {
    try (PDDocument doc = pdfs.isEmpty() ? blankPdf() : Loader.loadPDF(pdfs.get(random.nextInt(pdfs.size())))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-" + random.nextInt(), "user-" + random.nextInt(), new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  private static PDDocument blankPdf() {
    PDDocument doc = new PDDocument();
    doc.addPage(new PDPage(PDRectangle.A4));
    return doc;
  }

  /** A page that is one grey image with dark "lines" on it and no text operators. */
  private static byte[] imagePdf(Random random) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_BYTE_GRAY);
      for (int y = 10; y < 150; y += 8) {
        int len = 40 + random.nextInt(70);
        for (int x = 5; x < 5 + len; x++) {
          image.getRaster().setSample(x, y, 0, 40);
        }
      }
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(xobject, 50, 200, 480, 640);
      }
      return save(doc);
    }
  }

  private static byte[] retaggedPdf(byte[] pdf, int serial) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.getDocumentInformation().setKeywords("corpus copy " + serial);
      return save(doc);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** The same entries, byte for byte, with a zip comment: content-neutral for every reader. */
  private static byte[] commentedZip(byte[] zip, String comment) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(buffer)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.setComment(comment);
    }
    return buffer.toByteArray();
  }

  private static byte[] zipOf(String name, String content) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(buffer)) {
      out.putNextEntry(new ZipEntry(name));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return buffer.toByteArray();
  }

  /** Valid text, just over the limit. */
  private byte[] oversize(long bytes) {
    byte[] unit = (seeds.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(bytes + unit.length, Integer.MAX_VALUE - 8));
    while (out.size() <= bytes) {
      out.write(unit, 0, unit.length);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
