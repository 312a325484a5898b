package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds deterministic, fully populated examples from attribute schemas so that decoding tests see
 * every field with a plausible value.
 */
public final class ExampleFactory {
  /** The suffix of every example id, so that links in one example resolve to another example. */
  public static final String EXAMPLE_SUFFIX = "0001ABCD2345";

  public static final String DATE = "2026-01-15";
  public static final String DATE_TIME = "2026-01-15T10:30:00.000Z";
  public static final String DECIMAL = "1.1035";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Map<String, String> STRINGS =
      Map.ofEntries(
          Map.entry("email", "jane.doe@example.com"),
          Map.entry("given_name", "Jane"),
          Map.entry("family_name", "Doe"),
          Map.entry("company_name", "Example Ltd"),
          Map.entry("account_holder_name", "Jane Doe"),
          Map.entry("actual_account_name", "Jane Doe"),
          Map.entry("counterparty_name", "Jane Doe"),
          Map.entry("name", "Example Name"),
          Map.entry("address_line1", "1 Example Street"),
          Map.entry("address_line2", "Flat 2"),
          Map.entry("address_line3", "Example District"),
          Map.entry("street", "Example Street"),
          Map.entry("city", "London"),
          Map.entry("region", "Greater London"),
          Map.entry("postal_code", "E1 6AN"),
          Map.entry("country_code", "GB"),
          Map.entry("default_country_code", "GB"),
          Map.entry("language", "en"),
          Map.entry("locale", "en-GB"),
          Map.entry("phone_number", "+442071234567"),
          Map.entry("reference", "REF-0001"),
          Map.entry("description", "Example description"),
          Map.entry("bank_name", "Example Bank"),
          Map.entry("account_number", "55779911"),
          Map.entry("account_number_ending", "11"),
          Map.entry("account_number_suffix", "00"),
          Map.entry("branch_code", "200000"),
          Map.entry("bank_code", "BARC"),
          Map.entry("bic", "BARCGB22"),
          Map.entry("iban", "GB60BARC20000055779911"),
          Map.entry("currency", "GBP"),
          Map.entry("scheme", "bacs"),
          Map.entry("ip_address", "192.0.2.1"),
          Map.entry("payer_ip_address", "192.0.2.1"),
          Map.entry("amount", "1000"),
          Map.entry("percentage", "20.0"),
          Map.entry("action", "created"),
          Map.entry("message", "Example message"));

  private ExampleFactory() {}

  private static final Map<String, ObjectNode> TEMPLATES = new ConcurrentHashMap<>();

  /** Returns a fresh copy the caller may change. */
  public static ObjectNode resource(ResourceDef resource, String id) {
    ObjectNode node =
        TEMPLATES.computeIfAbsent(resource.name(), n -> build(resource, exampleId(n))).deepCopy();
    if (node.has("id")) {
      node.put("id", id);
    }
    return node;
  }

  private static ObjectNode build(ResourceDef resource, String id) {
    ObjectNode node = NODES.objectNode();
    resource
        .attributes()
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getKey().equals("id")) {
                node.put("id", id);
              } else {
                node.set(e.getKey(), value(e.getKey(), e.getValue(), false));
              }
            });
    return node;
  }

  public static String exampleId(String resourceName) {
    return IdPrefixes.forResource(resourceName) + EXAMPLE_SUFFIX;
  }

  public static JsonNode value(String name, JsonNode schema, boolean inLinks) {
    String type = schema.path("type").asText("any");
    switch (type) {
      case "object":
        {
          ObjectNode object = NODES.objectNode();
          boolean links = name.equals("links");
          schema
              .path("properties")
              .fields()
              .forEachRemaining(
                  e -> object.set(e.getKey(), value(e.getKey(), e.getValue(), links)));
          return object;
        }
      case "array":
        {
          ArrayNode array = NODES.arrayNode();
          array.add(value(Names.singular(name), schema.path("items"), inLinks));
          return array;
        }
      case "map":
        {
          ObjectNode map = NODES.objectNode();
          map.set("example_key", value(name, schema.path("values"), false));
          return map;
        }
      case "integer":
        return NODES.numberNode(name.contains("amount") ? 1000 : 1);
      case "number":
        return NODES.numberNode(1.5);
      case "boolean":
        return NODES.booleanNode(true);
      case "string":
        return NODES.textNode(string(name, schema, inLinks));
      default:
        return NODES.textNode("example_" + name);
    }
  }

  private static String string(String name, JsonNode schema, boolean inLinks) {
    JsonNode values = schema.path("enum");
    if (values.isArray() && !values.isEmpty()) {
      return values.get(0).asText();
    }
    switch (schema.path("format").asText("")) {
      case "date":
        return DATE;
      case "date-time":
        return DATE_TIME;
      case "decimal":
        return DECIMAL;
      default:
        break;
    }
    if (inLinks || name.equals("id")) {
      return IdPrefixes.forLink(name) + EXAMPLE_SUFFIX;
    }
    String known = STRINGS.get(name);
    if (known != null) {
      return known;
    }
    if (name.endsWith("_url") || name.endsWith("_uri") || name.equals("url")) {
      return "https://example.com/" + name;
    }
    return "example_" + name;
  }
}
