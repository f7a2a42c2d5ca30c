package org.gongwen.policy.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GB/T 9704 elements of a 公文 (spec §2). Absent elements are null, absent lists are empty. Dates are
 * ISO {@code yyyy-MM-dd}.
 *
 * <p>{@code signatory} is the signature as printed; the organs of a joint signature are joined by 、 here
 * and written as a JSON list (spec §2: "for joint issuance with several organs, a list of them").
 */
public record DocMetadata(
    String issuerMark,
    List<String> issuers,
    String docNumber,
    String title,
    String enclosedTitle,
    List<String> recipients,
    @JsonSerialize(using = DocMetadata.SignatoryWriter.class)
    @JsonDeserialize(using = DocMetadata.SignatoryReader.class)
    String signatory,
    String signedDate,
    String note,
    List<String> attachments,
    List<String> cc,
    String printedBy,
    String printedDate,
    String security,
    String urgency,
    String copyNumber,
    String signer) {
  /** Separates the organs of a joint signature in {@link #signatory()}. */
  public static final String JOINT = "、";

  public DocMetadata {
    issuers = List.copyOf(issuers);
    recipients = List.copyOf(recipients);
    attachments = List.copyOf(attachments);
    cc = List.copyOf(cc);
  }

  public static DocMetadata empty() {
    return new DocMetadata(null, List.of(), null, null, null, List.of(), null, null, null,
        List.of(), List.of(), null, null, null, null, null, null);
  }

  /** The organs of the signature: one, or several for a joint signature. */
  public List<String> signatories() {
    return signatory == null ? List.of() : List.of(signatory.split(JOINT));
  }

  /** Writes a joint signatory ({@code A、B}) as a list, a single one as a string. */
  static final class SignatoryWriter extends JsonSerializer<String> {
    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (!value.contains(JOINT)) {
        gen.writeString(value);
        return;
      }
      gen.writeStartArray();
      for (String organ : value.split(JOINT)) {
        gen.writeString(organ);
      }
      gen.writeEndArray();
    }
  }

  /** Reads a signatory written as a string or as a list of organs. */
  static final class SignatoryReader extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return p.getValueAsString();
      }
      List<String> organs = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        organs.add(p.getValueAsString());
      }
      return String.join(JOINT, organs);
    }
  }
}
