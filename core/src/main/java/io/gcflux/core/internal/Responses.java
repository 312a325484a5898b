package io.gcflux.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gcflux.core.Page;
import io.gcflux.core.error.MalformedResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Unwraps successful responses from their envelope into resources and pages. */
public final class Responses {
  /**
   * Readers for the types that are not generated (generated ones decode from their bytes), made
   * once per type: Jackson builds a deserializer under a lock on first use.
   */
  private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

  private Responses() {}

  private static ObjectReader reader(Class<?> type) {
    return READERS.computeIfAbsent(type, Json.MAPPER::readerFor);
  }

  /**
   * Decodes {@code {"<envelope>": {...}}} into the resource type; for the types the API answers
   * bare ({@code response_may_be_bare} in the description), the object itself when the envelope is
   * absent.
   */
  public static <T> T resource(
      byte[] body, String envelope, Class<T> type, int status, String requestId) {
    Function<JsonBacked, T> factory = JsonBacked.factory(type);
    try (JsonParser parser = Json.factory().createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
      T found = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals(envelope) && value == JsonToken.START_OBJECT) {
          found = item(parser, body, type, factory, new RawJsonObject.Shapes());
        } else {
          parser.skipChildren();
        }
      }
      if (found == null && JsonBacked.answeredBare(type)) {
        // funds_availabilities.check answers {"available": false}, with no envelope.
        try (JsonParser bare = Json.factory().createParser(body)) {
          bare.nextToken();
          found = item(bare, body, type, factory, new RawJsonObject.Shapes());
        }
      }
      if (found == null) {
        throw new MalformedResponseException(
            "Expected the resource under \"" + envelope + "\"",
            status,
            text(body),
            requestId,
            null);
      }
      return found;
    } catch (IOException | IllegalStateException e) {
      throw malformed(body, status, requestId, e);
    }
  }

  /**
   * Decodes a list response, {@code {"<envelope>": [...], "meta": {...}, "linked": {...}}}, reading
   * items one at a time so that a page never exists twice in memory.
   */
  public static <T> Page<T> page(
      byte[] body, String envelope, Class<T> type, int status, String requestId) {
    Function<JsonBacked, T> factory = JsonBacked.factory(type);
    try (JsonParser parser = Json.factory().createParser(body)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
      List<T> items = null;
      JsonNode meta = null;
      Map<String, List<Object>> linked = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals(envelope) && value == JsonToken.START_ARRAY) {
          items = new ArrayList<>();
          RawJsonObject.Shapes shapes = new RawJsonObject.Shapes();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            T item = item(parser, body, type, factory, shapes);
            // A null entry carries nothing to decode; dropping it keeps the rest of the page.
            if (item != null) {
              items.add(item);
            }
          }
        } else if (field.equals("meta") && value == JsonToken.START_OBJECT) {
          meta = Json.MAPPER.readTree(parser);
        } else if (field.equals("linked") && value == JsonToken.START_OBJECT) {
          linked = linked(Json.MAPPER.readTree(parser));
        } else {
          parser.skipChildren();
        }
      }
      if (items == null) {
        throw new MalformedResponseException(
            "Expected a list under \"" + envelope + "\"", status, text(body), requestId, null);
      }
      JsonNode cursors = meta == null ? null : meta.get("cursors");
      Long limit = meta == null ? null : Values.int64(meta.get("limit"));
      return new Page<>(
          items,
          cursors == null ? null : Values.string(cursors.get("before")),
          cursors == null ? null : Values.string(cursors.get("after")),
          limit == null ? null : limit.intValue(),
          linked);
    } catch (IOException | IllegalStateException e) {
      throw malformed(body, status, requestId, e);
    }
  }

  /**
   * The value at the parser's current token: a generated type ({@code factory} not null) keeps its
   * bytes, not a tree, and is never anything but a JSON object (or null); other types go through
   * Jackson.
   */
  private static <T> T item(
      JsonParser parser,
      byte[] body,
      Class<T> type,
      Function<JsonBacked, T> factory,
      RawJsonObject.Shapes shapes)
      throws IOException {
    if (factory == null) {
      return reader(type).readValue(parser);
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw new IllegalStateException("Expected a JSON object for each " + type.getSimpleName());
    }
    return factory.apply(new JsonBacked(RawJsonObject.skim(parser, body, shapes)));
  }

  private static Map<String, List<Object>> linked(JsonNode linked) {
    Map<String, List<Object>> byName = new LinkedHashMap<>();
    linked
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isArray()) {
                byName.put(e.getKey(), Values.list(e.getValue(), Values::plain));
              }
            });
    return byName;
  }

  private static void expect(JsonToken actual, JsonToken expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException("Expected " + what);
    }
  }

  private static MalformedResponseException malformed(
      byte[] body, int status, String requestId, Exception cause) {
    if (cause instanceof MalformedResponseException) {
      return (MalformedResponseException) cause;
    }
    return new MalformedResponseException(
        "The response body is not the JSON the API promises ("
            + cause.getClass().getSimpleName()
            + ": "
            + firstLine(cause.getMessage())
            + ")",
        status,
        text(body),
        requestId,
        cause);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  static String text(byte[] body) {
    int length = Math.min(body.length, 1024);
    return new String(body, 0, length, StandardCharsets.UTF_8);
  }
}
