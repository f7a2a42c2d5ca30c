package org.gongwen.policy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes numbers as people read them in the spec: {@code 1200000} not {@code 1200000.0},
 * {@code 100000000000} not {@code 1.0E11}, {@code 2.5} as is. The value is unchanged: JSON readers get
 * the same double back.
 */
final class PlainDoubleSerializer extends StdSerializer<Double> {

  PlainDoubleSerializer() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    double v = value;
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      gen.writeNumber(v);
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      gen.writeNumber((long) v);
    } else {
      gen.writeNumber(new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString());
    }
  }
}
