package org.gongwen.policy.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;

/** Numbers as people write them: {@code 1200000}, {@code 2.5}, never {@code 1.2E6} or {@code 300.0}. */
public final class PlainNumber {

  private PlainNumber() {}

  /** The shortest plain decimal that reads back as {@code value}. */
  public static String format(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Writes a Double as a plain JSON number. */
  public static final class Serializer extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(format(value));
    }
  }
}
