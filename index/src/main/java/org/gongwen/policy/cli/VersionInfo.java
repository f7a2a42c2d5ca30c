package org.gongwen.policy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code policy --version}: the project's version, then the versions of the libraries that decide its
 * behaviour (the extraction and search results depend on them), and the JVM, as read from each
 * library's own {@code META-INF/maven/…/pom.properties} on the class path.
 */
final class VersionInfo implements IVersionProvider {

  /** Libraries reported, as group:artifact. */
  static final List<String> LIBRARIES = List.of(
      "org.apache.lucene:lucene-core", "org.apache.tika:tika-core", "org.apache.pdfbox:pdfbox",
      "com.hankcs:hanlp", "com.fasterxml.jackson.core:jackson-databind", "info.picocli:picocli");

  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("policy " + version("org.gongwen.policy:policy-index", "0.1.0-SNAPSHOT"));
    for (String lib : LIBRARIES) {
      String fallback = switch (lib) {
        case "org.apache.lucene:lucene-core" -> org.apache.lucene.util.Version.LATEST.toString();
        case "info.picocli:picocli" -> picocli.CommandLine.VERSION;
        default -> "unknown";
      };
      lines.add("  " + lib.substring(lib.indexOf(':') + 1) + " " + version(lib, fallback));
    }
    lines.add("  java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    return lines.toArray(String[]::new);
  }

  static String version(String groupArtifact, String fallback) {
    String[] ga = groupArtifact.split(":");
    String resource = "/META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties";
    try (InputStream in = VersionInfo.class.getResourceAsStream(resource)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to the fallback
    }
    return fallback;
  }
}
