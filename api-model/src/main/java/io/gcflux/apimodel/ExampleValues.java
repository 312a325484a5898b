package io.gcflux.apimodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.apimodel.ApiDescription.Resource;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deterministic examples of every resource, with every attribute present: ids shaped like the
 * API's, ISO dates, amounts in minor units, one element per list and one entry per map. The values
 * come from the description's {@code examples} section.
 */
public final class ExampleValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Settings settings;
  private final List<Resource> resources;
  private final Map<String, ObjectNode> templates = new ConcurrentHashMap<>();

  /** The description's {@code examples} section. */
  record Settings(
      String idSuffix,
      String date,
      String dateTime,
      String decimal,
      long amount,
      long integer,
      double number,
      String mapKey,
      Map<String, String> strings) {}

  ExampleValues(Settings settings, List<Resource> resources) {
    this.settings = settings;
    this.resources = resources;
  }

  /** What every example id ends with, after the resource's prefix. */
  public String idSuffix() {
    return settings.idSuffix();
  }

  /** The id of a resource's example, such as {@code PM0001ABCD2345}. */
  public String exampleId(Resource resource) {
    return IdPrefixes.of(resource) + settings.idSuffix();
  }

  /** A fresh copy, which the caller may change, of the resource's example with its example id. */
  public ObjectNode resource(Resource resource) {
    return resource(resource, exampleId(resource));
  }

  /**
   * A fresh copy, which the caller may change, of the resource's example with {@code id} as its id.
   * Resources without an id attribute get none.
   */
  public ObjectNode resource(Resource resource, String id) {
    ObjectNode node = templates.computeIfAbsent(resource.name(), n -> build(resource)).deepCopy();
    if (node.has("id")) {
      node.put("id", id);
    }
    return node;
  }

  /**
   * The params of an action with every one present, as a request body holds them inside the
   * action's envelope; links hold the example ids of the resources they name.
   */
  public ObjectNode params(Action action) {
    ObjectNode node = NODES.objectNode();
    action.params().forEach((name, schema) -> node.set(name, value(name, schema, false)));
    return node;
  }

  private ObjectNode build(Resource resource) {
    ObjectNode node = NODES.objectNode();
    resource
        .attributes()
        .forEach(
            (name, schema) -> {
              if (name.equals("id")) {
                node.put("id", exampleId(resource));
              } else {
                node.set(name, value(name, schema, false));
              }
            });
    return node;
  }

  private JsonNode value(String name, Schema schema, boolean inLinks) {
    switch (schema.type()) {
      case "object":
        {
          ObjectNode object = NODES.objectNode();
          if (schema.properties() != null) {
            boolean links = name.equals("links");
            schema.properties().forEach((key, inner) -> object.set(key, value(key, inner, links)));
          }
          return object;
        }
      case "array":
        {
          ArrayNode array = NODES.arrayNode();
          array.add(value(Singular.of(name), schema.items(), inLinks));
          return array;
        }
      case "map":
        {
          ObjectNode map = NODES.objectNode();
          map.set(settings.mapKey(), value(name, schema.values(), false));
          return map;
        }
      case "integer":
        return NODES.numberNode(name.contains("amount") ? settings.amount() : settings.integer());
      case "number":
        return NODES.numberNode(settings.number());
      case "boolean":
        return NODES.booleanNode(true);
      case "string":
        return NODES.textNode(string(name, schema, inLinks));
      default:
        return NODES.textNode("example_" + name);
    }
  }

  private String string(String name, Schema schema, boolean inLinks) {
    if (schema.isEnum() && !schema.enumValues().isEmpty()) {
      return schema.enumValues().get(0);
    }
    if (schema.format() != null) {
      switch (schema.format()) {
        case "date":
          return settings.date();
        case "date-time":
          return settings.dateTime();
        case "decimal":
          return settings.decimal();
        default:
          break;
      }
    }
    if (inLinks || name.equals("id")) {
      return IdPrefixes.ofLink(resources, name) + settings.idSuffix();
    }
    String known = settings.strings().get(name);
    if (known != null) {
      return known;
    }
    if (name.endsWith("_url") || name.endsWith("_uri") || name.equals("url")) {
      return "https://example.com/" + name;
    }
    if (name.endsWith("_email")) {
      return settings.strings().getOrDefault("email", "example_" + name);
    }
    if (name.endsWith("_currency")) {
      return settings.strings().getOrDefault("currency", "example_" + name);
    }
    if (name.endsWith("_country_code")) {
      return settings.strings().getOrDefault("country_code", "example_" + name);
    }
    return "example_" + name;
  }
}
