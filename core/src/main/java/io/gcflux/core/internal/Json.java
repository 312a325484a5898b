package io.gcflux.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson configuration gcflux reads and writes API JSON with. */
public final class Json {
  /**
   * Decimals stay {@code BigDecimal} with their scale, so a value such as {@code 1.10} re-encodes
   * as written; unknown fields never fail, because the API adds fields without notice.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  static {
    // Builds the tree deserializer now, under class initialisation, rather than under Jackson's
    // cache lock on whichever event loop first reads an error body or page meta.
    try {
      MAPPER.readTree("{\"warm\":[1,\"x\",{}]}");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Json() {}

  public static JsonFactory factory() {
    return MAPPER.getFactory();
  }

  public static ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }
}
