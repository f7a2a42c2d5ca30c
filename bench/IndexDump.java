import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Prints every live entry of an index as one sorted line (type, file, ordinal, stored JSON), so that two
 * indexes can be compared with diff or a hash. Run as a single-file program:
 * {@code java -cp index/target/policy.jar bench/IndexDump.java DIR}.
 */
public class IndexDump {
  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = stored.document(i);
          lines.add(d.get("type") + "\t" + d.get("file") + "\t" + d.get("ordinal") + "\t" + d.get("json"));
        }
      }
    }
    Collections.sort(lines);
    lines.forEach(System.out::println);
  }
}
