package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.core.error.MalformedResponseException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Converts JSON values to the Java types generated getters return. */
public final class Values {
  /**
   * The API's own timestamp shape, used when gcflux writes one: {@code 2026-01-15T10:30:00.000Z}.
   */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private Values() {}

  public static String string(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  public static Long int64(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isTextual() && isInteger(value.asText())) {
      try {
        return Long.parseLong(value.asText());
      } catch (NumberFormatException beyondLong) {
        throw beyondLong(value);
      }
    }
    if (value.isNumber()) {
      try {
        return value.decimalValue().longValueExact();
      } catch (ArithmeticException notAnInteger) {
        throw beyondLong(value);
      }
    }
    throw new IllegalStateException("Expected an integer but the API sent " + bounded(value));
  }

  // A silently truncated amount would be wrong money: refuse it instead.
  private static MalformedResponseException beyondLong(JsonNode value) {
    return new MalformedResponseException(
        "Expected an integer within the range of a long but the API sent " + bounded(value),
        0,
        null,
        null,
        null);
  }

  /** The value's text, cut to 40 characters so a hostile value cannot flood a message. */
  static String bounded(JsonNode value) {
    return bounded(value.isValueNode() ? value.asText() : value.toString());
  }

  static String bounded(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " chars)";
  }

  public static Boolean bool(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return Boolean.parseBoolean(value.asText());
  }

  public static LocalDate date(JsonNode value) {
    return date(string(value));
  }

  /** The date a string holds ({@code YYYY-MM-DD}, anything after it ignored), or null for null. */
  public static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Expected a date (YYYY-MM-DD) but the API sent " + bounded(text), e);
    }
  }

  public static OffsetDateTime timestamp(JsonNode value) {
    return timestamp(string(value));
  }

  /** The ISO 8601 timestamp a string holds, or null for null. */
  public static OffsetDateTime timestamp(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Expected an ISO 8601 timestamp but the API sent " + bounded(text), e);
    }
  }

  /** Converts any JSON value to plain Java: maps, lists, strings, numbers, booleans or null. */
  public static Object plain(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      value.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (value.isArray()) {
      return list(value, Values::plain);
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    return value.asText();
  }

  public static Double float64(JsonNode value) {
    return value == null || value.isNull() ? null : value.asDouble();
  }

  public static <E> E enumOf(JsonNode value, Function<String, E> of) {
    String raw = string(value);
    return raw == null ? null : of.apply(raw);
  }

  public static <T> T object(JsonNode value, Function<ObjectNode, T> wrap) {
    return value instanceof ObjectNode ? wrap.apply((ObjectNode) value) : null;
  }

  public static <T> Map<String, T> map(JsonNode value, Function<JsonNode, T> entry) {
    if (value == null || !value.isObject()) {
      return null;
    }
    Map<String, T> entries = new LinkedHashMap<>();
    value.fields().forEachRemaining(e -> entries.put(e.getKey(), entry.apply(e.getValue())));
    return Collections.unmodifiableMap(entries);
  }

  public static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    if (array == null || !array.isArray()) {
      return null;
    }
    List<T> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      items.add(element.apply(item));
    }
    return Collections.unmodifiableList(items);
  }

  private static boolean isInteger(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isDigit(c) || (i == 0 && c == '-'))) {
        return false;
      }
    }
    return true;
  }
}
