package org.gongwen.policy.scale;

import java.net.URI;

/**
 * The path a result names its input by. Hadoop names a local file {@code file:/dir/x.pdf}; {@code policy
 * extract} given the absolute path names it {@code /dir/x.pdf}, and that is what a Spark run writes, so the
 * documents of both are byte-identical. A file of another filesystem keeps its URI
 * ({@code hdfs://nn:8020/in/x.pdf}, {@code s3a://bucket/x.pdf}): there is no local path to give.
 */
public final class DisplayPathRule {

  private DisplayPathRule() {}

  /** The reported path of the Hadoop path string {@code hadoopPath}. */
  public static String display(String hadoopPath) {
    URI uri = new org.apache.hadoop.fs.Path(hadoopPath).toUri();
    if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
      return uri.getPath();
    }
    return uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority()) + uri.getPath();
  }
}
