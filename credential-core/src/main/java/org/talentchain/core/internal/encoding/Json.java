package org.talentchain.core.internal.encoding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;

/** JSON parsing with tight limits, and RFC 8785 (JCS) canonical bytes. */
public final class Json {
  /** Parser with limits suited to credentials: small documents, shallow nesting. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(16)
                .maxStringLength(16_384)
                .maxNumberLength(20)
                .maxDocumentLength(256 * 1024L)
                .build());
  }

  private Json() {}

  /**
   * Parses JSON text.
   *
   * @throws IllegalArgumentException with a short reason if it is not acceptable JSON
   */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The RFC 8785 canonical UTF-8 bytes of {@code node}. */
  public static byte[] canonical(JsonNode node) {
    try {
      return new JsonCanonicalizer(MAPPER.writeValueAsString(node)).getEncodedUTF8();
    } catch (IOException e) {
      throw new IllegalStateException("JCS canonicalization failed", e);
    }
  }

  /** The RFC 8785 canonical form of {@code node} as a string. */
  public static String canonicalString(JsonNode node) {
    return new String(canonical(node), StandardCharsets.UTF_8);
  }
}
