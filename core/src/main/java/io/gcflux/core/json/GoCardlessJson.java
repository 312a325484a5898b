package io.gcflux.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.core.internal.Json;

/**
 * The JSON mapping gcflux uses for every resource and params type.
 *
 * <p>Resources and params serialize to exactly the JSON the API speaks, so {@code
 * GoCardlessJson.mapper().writeValueAsString(payment)} gives back the JSON the payment was decoded
 * from, unknown fields included.
 */
public final class GoCardlessJson {
  private GoCardlessJson() {}

  /**
   * Returns a copy of gcflux's configured mapper. It is a copy so that configuring it never changes
   * how the client itself reads responses.
   */
  public static ObjectMapper mapper() {
    return Json.MAPPER.copy();
  }

  /** Encodes a resource or params object as the API's JSON. */
  public static String toJson(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot encode " + value.getClass().getName(), e);
    }
  }

  /** Decodes API JSON into a resource type such as {@code Payment.class}. */
  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Not valid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
