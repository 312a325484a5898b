package io.gcflux.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
   * Limits on what the parser accepts, set here rather than left to Jackson's defaults so that a
   * hostile or broken body fails fast with a clear error instead of eating stack or heap. The API's
   * JSON is a few levels deep, its numbers fit a {@code long} and its longest strings are URLs and
   * descriptions; these limits are far above all of that.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Digits in one number: a {@code long} has 19, exact decimals a few dozen. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** Characters in one string value: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** Characters in one field name. */
  public static final int MAX_NAME_LENGTH = 1024;

  static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  /**
   * Decimals stay {@code BigDecimal} with their scale, so a value such as {@code 1.10} re-encodes
   * as written; unknown fields never fail, because the API adds fields without notice.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build())
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
