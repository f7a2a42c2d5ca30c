import java.nio.file.*;
import org.ofdrw.converter.ofdconverter.TextConverter;
public class MakeOfd { public static void main(String[] a) throws Exception {
  try (TextConverter c = new TextConverter(Path.of(a[1]))) { c.convert(Path.of(a[0])); }
}}
