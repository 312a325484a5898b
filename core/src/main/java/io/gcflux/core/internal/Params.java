package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.core.ApiEnum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Builds params JSON in generated builders and encodes it as a request body or query string. */
public final class Params {
  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  private Params() {}

  /** Sets {@code field} to {@code value}, or removes it when {@code value} is null. */
  public static void put(ObjectNode node, String field, Object value) {
    if (value == null) {
      node.remove(field);
    } else {
      node.set(field, toNode(value));
    }
  }

  /** Adds one entry to the map-valued {@code field}, creating it on first use. */
  public static void putEntry(ObjectNode node, String field, String key, Object value) {
    JsonNode existing = node.get(field);
    ObjectNode map = existing instanceof ObjectNode ? (ObjectNode) existing : node.putObject(field);
    map.set(key, toNode(value));
  }

  /** Appends one element to the list-valued {@code field}, creating it on first use. */
  public static void addElement(ObjectNode node, String field, Object value) {
    JsonNode existing = node.get(field);
    ArrayNode list = existing instanceof ArrayNode ? (ArrayNode) existing : node.putArray(field);
    list.add(toNode(value));
  }

  /** Returns a frozen copy for {@code build()}: later builder calls must not change it. */
  public static ObjectNode freeze(ObjectNode node) {
    return node.deepCopy();
  }

  /** Reads the dotted path {@code a.b.c}, for validations; {@code null} when any step is absent. */
  public static JsonNode at(JsonBacked params, String dottedPath) {
    JsonNode current = params.node();
    for (String step : dottedPath.split("\\.")) {
      current = current == null ? null : current.get(step);
    }
    return current == null || current.isNull() ? null : current;
  }

  /** The JSON body of a request: the params wrapped in the action's envelope. */
  public static byte[] body(String envelope, Object params) {
    ObjectNode root = Json.newObject();
    root.set(envelope, params == null ? Json.newObject() : JsonBacked.of(params).node());
    try {
      return Json.MAPPER.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode request body", e);
    }
  }

  /**
   * The query string of a GET, without the leading {@code ?}: nested objects become {@code
   * created_at[gte]=...} and lists join with commas ({@code status=a,b}), as the API reads them.
   */
  public static String query(Object params) {
    if (params == null) {
      return "";
    }
    StringBuilder query = new StringBuilder();
    appendQuery(query, null, JsonBacked.of(params).node());
    return query.toString();
  }

  /**
   * The query string with some params replaced, for paging: {@code overrides} values replace the
   * params' own, and a {@code null} value removes one.
   */
  public static String query(Object params, Map<String, ?> overrides) {
    ObjectNode node = params == null ? Json.newObject() : JsonBacked.of(params).copyNode();
    overrides.forEach((name, value) -> put(node, name, value));
    StringBuilder query = new StringBuilder();
    appendQuery(query, null, node);
    return query.toString();
  }

  /** The API's metadata limits: keys per object, characters per key and per value. */
  public static final int METADATA_MAX_KEYS = 3;

  public static final int METADATA_MAX_KEY_LENGTH = 50;
  public static final int METADATA_MAX_VALUE_LENGTH = 500;

  /**
   * Checks a request body against limits the API states for every action, so the mistake surfaces
   * as an {@link IllegalArgumentException} naming the param instead of a 422: metadata of at most 3
   * keys of 50 characters with values of 500, and no negative amounts.
   */
  public static void checkBody(JsonBacked params) {
    checkNode(params.node(), "");
  }

  // Runs on every call: paths are only joined for a field that is descended into or wrong.
  private static void checkNode(JsonNode node, String path) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (name.equals("metadata") || name.endsWith("_metadata")) {
          checkMetadata(value, join(path, name));
        } else if (isAmount(name) && value.isNumber()) {
          checkNotNegative(value, path, name);
        } else if (isAmount(name) && value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            checkNotNegative(value.get(i), join(path, name), "[" + i + "]");
          }
        } else if (value.isContainerNode()) {
          checkNode(value, join(path, name));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          checkNode(node.get(i), path + "[" + i + "]");
        }
      }
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : name.startsWith("[") ? path + name : path + "." + name;
  }

  private static void checkNotNegative(JsonNode amount, String path, String name) {
    boolean negative =
        amount.canConvertToLong() && amount.isIntegralNumber()
            ? amount.longValue() < 0
            : amount.isNumber() && amount.decimalValue().signum() < 0;
    if (negative) {
      throw new IllegalArgumentException(
          join(path, name)
              + " must not be negative, was "
              + amount.asText()
              + ": amounts are positive minor units (1500 is 15.00)");
    }
  }

  private static boolean isAmount(String name) {
    return name.equals("amount")
        || name.equals("amounts")
        || name.endsWith("_amount")
        || name.startsWith("amount_")
        || name.contains("_amount_");
  }

  private static void checkMetadata(JsonNode metadata, String path) {
    if (!metadata.isObject()) {
      return;
    }
    if (metadata.size() > METADATA_MAX_KEYS) {
      throw new IllegalArgumentException(
          path + " has " + metadata.size() + " keys; the API allows at most " + METADATA_MAX_KEYS);
    }
    Iterator<Map.Entry<String, JsonNode>> entries = metadata.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (entry.getKey().length() > METADATA_MAX_KEY_LENGTH) {
        throw new IllegalArgumentException(
            path
                + " has a key of "
                + entry.getKey().length()
                + " characters; the API allows at most "
                + METADATA_MAX_KEY_LENGTH);
      }
      int valueLength = entry.getValue().asText().length();
      if (valueLength > METADATA_MAX_VALUE_LENGTH) {
        // The value itself may be personal data: name its key and length only.
        throw new IllegalArgumentException(
            path
                + "."
                + entry.getKey()
                + " has "
                + valueLength
                + " characters; the API allows at most "
                + METADATA_MAX_VALUE_LENGTH);
      }
    }
  }

  /** The names of the params that are set, for logs that must not show their values. */
  public static String describe(JsonBacked params, String typeName) {
    StringBuilder names = new StringBuilder(typeName).append('{');
    Iterator<String> fields = params.node().fieldNames();
    while (fields.hasNext()) {
      names.append(fields.next());
      if (fields.hasNext()) {
        names.append(", ");
      }
    }
    return names.append('}').toString();
  }

  private static void appendQuery(StringBuilder query, String prefix, JsonNode value) {
    if (value.isObject()) {
      value
          .fields()
          .forEachRemaining(
              e ->
                  appendQuery(
                      query,
                      prefix == null ? e.getKey() : prefix + "[" + e.getKey() + "]",
                      e.getValue()));
    } else if (value.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (JsonNode item : value) {
        joined.append(joined.length() == 0 ? "" : ",").append(item.asText());
      }
      appendPair(query, prefix, joined.toString());
    } else if (!value.isNull()) {
      appendPair(query, prefix, value.asText());
    }
  }

  private static void appendPair(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(encode(name)).append('=').append(encode(value));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static JsonNode toNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode) {
      return ((JsonNode) value).deepCopy();
    }
    if (value instanceof JsonBacked) {
      return ((JsonBacked) value).node().deepCopy();
    }
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof ApiEnum) {
      return NODES.textNode(((ApiEnum) value).value());
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return NODES.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return NODES.numberNode((BigDecimal) value);
    }
    if (value instanceof Number) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof LocalDate) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof OffsetDateTime) {
      OffsetDateTime utc = ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
      return NODES.textNode(Values.TIMESTAMP.format(utc));
    }
    if (value instanceof Map) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        object.set(String.valueOf(entry.getKey()), toNode(entry.getValue()));
      }
      return object;
    }
    if (value instanceof Collection) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : (Collection<?>) value) {
        array.add(toNode(item));
      }
      return array;
    }
    JsonBacked generated = JsonBacked.find(value);
    if (generated != null) {
      return generated.node().deepCopy();
    }
    throw new IllegalArgumentException(
        "gcflux cannot send a " + value.getClass().getName() + " as a parameter value");
  }
}
