package org.gongwen.policy.ingest;

/**
 * How readers read, as the command line asks.
 *
 * @param ocr whether pages without a text layer (scans) are read with Tesseract OCR ({@code --ocr})
 */
public record ReaderOptions(boolean ocr) {

  /** The defaults: no OCR. */
  public static final ReaderOptions DEFAULT = new ReaderOptions(false);
}
