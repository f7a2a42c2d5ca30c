package org.gongwen.policy.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes mutants of sample files for the fuzz test: each mutant is its base file after one to three
 * random operations (byte flips, truncation, zeroed, inserted, duplicated or deleted ranges, a foreign
 * format's magic bytes at the start, a long run of one character, and for ZIP-based formats the same
 * operations on one entry, re-zipped so that the XML parsers see the damage). Same seed, same bytes.
 */
final class Mutants {

  private static final byte[][] MAGIC = {
      "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
      {'P', 'K', 3, 4},
      {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
      "<html><body>".getBytes(StandardCharsets.US_ASCII),
      {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {0x0A, 0x05, 0x01, 0x08}, // PCX
  };

  private final Random random;

  Mutants(long seed) {
    this.random = new Random(seed);
  }

  /** {@code perBase} mutants of each base file into {@code out}, named {@code <base stem>-NNNN.<ext>}. */
  List<Path> write(List<Path> bases, int perBase, Path out) throws IOException {
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (Path base : bases) {
      byte[] original = Files.readAllBytes(base);
      String name = base.getFileName().toString();
      int dot = name.indexOf('.');
      String stem = name.substring(0, dot);
      String ext = name.substring(dot);
      boolean zip = original.length > 4 && original[0] == 'P' && original[1] == 'K';
      for (int i = 0; i < perBase; i++) {
        byte[] mutant = zip && random.nextInt(3) == 0 ? mutateEntry(original) : mutate(original);
        Path file = out.resolve(String.format("%s-%04d%s", stem, i, ext));
        Files.write(file, mutant);
        written.add(file);
      }
    }
    return written;
  }

  private byte[] mutate(byte[] in) {
    byte[] b = in;
    int ops = 1 + random.nextInt(3);
    for (int i = 0; i < ops; i++) {
      b = operation(b);
    }
    return b;
  }

  private byte[] operation(byte[] b) {
    if (b.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int at = random.nextInt(b.length);
    int len = 1 + random.nextInt(Math.max(1, Math.min(4096, b.length - at)));
    switch (random.nextInt(9)) {
      case 0 -> { // flip bytes
        byte[] c = b.clone();
        for (int k = 0, n = 1 + random.nextInt(32); k < n; k++) {
          c[random.nextInt(c.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return c;
      }
      case 1 -> { // truncate
        return Arrays.copyOf(b, at);
      }
      case 2 -> { // zero a range
        byte[] c = b.clone();
        Arrays.fill(c, at, Math.min(c.length, at + len), (byte) 0);
        return c;
      }
      case 3 -> { // insert random bytes
        byte[] noise = new byte[len];
        random.nextBytes(noise);
        return splice(b, at, 0, noise);
      }
      case 4 -> { // duplicate a range
        return splice(b, at, 0, Arrays.copyOfRange(b, at, Math.min(b.length, at + len)));
      }
      case 5 -> { // delete a range
        return splice(b, at, Math.min(len, b.length - at), new byte[0]);
      }
      case 6 -> { // a foreign format's magic at the start
        byte[] magic = MAGIC[random.nextInt(MAGIC.length)];
        return splice(b, 0, random.nextBoolean() ? Math.min(magic.length, b.length) : 0, magic);
      }
      case 7 -> { // a long run of one character: an endless line
        byte[] run = (random.nextBoolean() ? "0" : "零").repeat(20_000 + random.nextInt(40_000))
            .getBytes(StandardCharsets.UTF_8);
        return splice(b, at, 0, run);
      }
      default -> { // swap two ranges' order by rotating
        byte[] c = b.clone();
        int other = random.nextInt(b.length);
        int n = Math.min(len, Math.min(b.length - at, b.length - other));
        byte[] tmp = Arrays.copyOfRange(c, at, at + n);
        System.arraycopy(c, other, c, at, n);
        System.arraycopy(tmp, 0, c, other, n);
        return c;
      }
    }
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    byte[] c = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(insert, 0, c, at, insert.length);
    System.arraycopy(b, at + remove, c, at + insert.length, b.length - at - remove);
    return c;
  }

  /** One entry of a ZIP mutated, the others copied; the archive itself stays well-formed. */
  private byte[] mutateEntry(byte[] zip) {
    try {
      List<ZipEntry> entries = new ArrayList<>();
      List<byte[]> contents = new ArrayList<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          entries.add(new ZipEntry(e.getName()));
          contents.add(in.readAllBytes());
        }
      }
      if (entries.isEmpty()) {
        return mutate(zip);
      }
      int victim = random.nextInt(entries.size());
      for (int i = 0; i < entries.size(); i++) { // prefer the main XML part half of the time
        String n = entries.get(i).getName();
        if ((n.equals("word/document.xml") || n.equals("content.xml")) && random.nextBoolean()) {
          victim = i;
        }
      }
      contents.set(victim, mutate(contents.get(victim)));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (int i = 0; i < entries.size(); i++) {
          out.putNextEntry(entries.get(i));
          out.write(contents.get(i));
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException | RuntimeException e) {
      return mutate(zip);
    }
  }
}
