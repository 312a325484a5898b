package io.gcflux.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.codegen.ApiDescription.Resource;
import io.gcflux.codegen.ApiDescription.Schema;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a realistic example of each resource with every attribute present, for the generated tests:
 * ids shaped like the API's, ISO dates, amounts in minor units, one element per list.
 */
final class ExampleGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> PREFIXES =
      Map.ofEntries(
          Map.entry("customer", "CU"),
          Map.entry("customer_bank_account", "BA"),
          Map.entry("mandate", "MD"),
          Map.entry("payment", "PM"),
          Map.entry("refund", "RF"),
          Map.entry("subscription", "SB"),
          Map.entry("instalment_schedule", "IS"),
          Map.entry("payout", "PO"),
          Map.entry("event", "EV"),
          Map.entry("creditor", "CR"),
          Map.entry("creditor_bank_account", "BA"),
          Map.entry("billing_request", "BRQ"),
          Map.entry("billing_request_flow", "BRF"),
          Map.entry("billing_request_template", "BRT"),
          Map.entry("bank_authorisation", "BAU"),
          Map.entry("institution", "INS"),
          Map.entry("mandate_import", "IM"),
          Map.entry("webhook", "WB"),
          Map.entry("block", "BLC"),
          Map.entry("export", "EX"),
          Map.entry("outbound_payment", "OUT"),
          Map.entry("scheme_identifier", "SU"),
          Map.entry("tax_rate", "GB_VAT_"));

  private ExampleGenerator() {}

  static ObjectNode resource(Resource resource) {
    return object(resource.attributes(), Names.singular(resource.name()));
  }

  private static ObjectNode object(Map<String, Schema> properties, String owner) {
    ObjectNode node = NODES.objectNode();
    properties.forEach((name, schema) -> node.set(name, value(name, schema, owner)));
    return node;
  }

  private static JsonNode value(String name, Schema schema, String owner) {
    if (schema.isEnum()) {
      return NODES.textNode(schema.enumValues().get(0));
    }
    switch (schema.type()) {
      case "string":
        return NODES.textNode(string(name, schema.format(), owner));
      case "integer":
        return NODES.numberNode(name.contains("amount") ? 1500L : 3L);
      case "number":
        return NODES.numberNode(1.5d);
      case "boolean":
        return NODES.booleanNode(true);
      case "any":
        return NODES.textNode("value");
      case "object":
        if (!schema.isObjectWithProperties()) {
          return NODES.objectNode().put("key", "value");
        }
        return object(schema.properties(), name.equals("links") ? "link" : name);
      case "array":
        ArrayNode array = NODES.arrayNode();
        array.add(value(Names.singular(name), schema.items(), owner));
        return array;
      case "map":
        ObjectNode map = NODES.objectNode();
        map.set("key", value("value", schema.values(), owner));
        return map;
      default:
        throw new IllegalArgumentException("unknown type " + schema.type());
    }
  }

  private static String string(String name, String format, String owner) {
    if ("date".equals(format)) {
      return "2026-01-15";
    }
    if ("date-time".equals(format)) {
      return "2026-01-15T10:30:00.000Z";
    }
    if ("decimal".equals(format)) {
      return "1.1035";
    }
    if (name.equals("id")) {
      return id(owner);
    }
    if (owner.equals("link")) {
      return id(name);
    }
    if (name.contains("email")) {
      return "ada@example.com";
    }
    if (name.endsWith("url") || name.endsWith("uri")) {
      return "https://example.com/" + name;
    }
    if (name.equals("currency") || name.endsWith("_currency")) {
      return "GBP";
    }
    if (name.equals("country_code") || name.endsWith("_country_code")) {
      return "GB";
    }
    return "example " + name.replace('_', ' ');
  }

  static String id(String singular) {
    String prefix = PREFIXES.get(singular);
    if (prefix == null) {
      String upper = singular.replace("_", "").toUpperCase(Locale.ROOT);
      prefix = upper.substring(0, Math.min(2, upper.length()));
    }
    return prefix + "000123ABCD45";
  }
}
