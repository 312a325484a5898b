package io.gcflux.codegen;

import com.palantir.javapoet.TypeName;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Javadoc of getters and setters, stated as facts from the description: the wire name, the JSON
 * type and format, the known enum values and the units of amounts.
 */
final class Facts {
  // Longer enums are listed on their own type, where every value is a constant.
  private static final int LISTED_VALUES = 8;

  private Facts() {}

  /** The Java-facing kind of a schema: enum, date, timestamp, object, any, or the JSON type. */
  static String kind(Schema s) {
    if (s.isEnum()) {
      return "enum";
    }
    if (s.type().equals("string")) {
      if ("date".equals(s.format())) {
        return "date";
      }
      if ("decimal".equals(s.format())) {
        return "decimal";
      }
      return "date-time".equals(s.format()) ? "timestamp" : "string";
    }
    if (s.type().equals("object")) {
      return s.isObjectWithProperties() ? "object" : "any";
    }
    return s.type();
  }

  /** A getter's Javadoc; {@code path} is the dotted JSON path from the top-level type. */
  static String getter(String path, String json, Schema schema) {
    return "{@code " + json + "}: " + what(path, json, schema) + ".\n";
  }

  static String setter(String path, String json, Schema schema, TypeName parameterType) {
    String doc = "Sets {@code " + json + "}: " + what(path, json, schema) + ".";
    if (!parameterType.isPrimitive()) {
      doc += " {@code null} removes it.";
    }
    return doc + "\n";
  }

  private static String what(String path, String json, Schema schema) {
    if (path.equals("links." + json) && kind(schema).equals("string")) {
      return "the id of the linked " + json.replace('_', ' ');
    }
    return what(json, schema);
  }

  private static String what(String json, Schema schema) {
    switch (kind(schema)) {
      case "enum":
        return "one of "
            + values(schema.enumValues())
            + "; a value newer than this client decodes"
            + " with {@code isKnown() == false}";
      case "integer":
        return isAmount(json)
            ? "an integer amount in minor units of the currency (pence, cents)"
            : "an integer";
      case "number":
        return "a number";
      case "boolean":
        return "{@code true} or {@code false}";
      case "date":
        return "a date, on the wire {@code YYYY-MM-DD}";
      case "timestamp":
        return "a timestamp, on the wire ISO 8601 with an offset (the API sends UTC)";
      case "decimal":
        return "a decimal kept as the exact text on the wire, never rounded through a double";
      case "object":
        return json.equals("links")
            ? "the ids of related resources, one field per link"
            : "an object with " + fields(schema);
      case "any":
        return "free-form JSON, read as plain maps, lists, strings, numbers and booleans";
      case "array":
        return "a list; each element " + element(json, schema.items());
      case "map":
        return "an object of string keys; each value " + element(json, schema.values());
      default:
        return json.equals("id") ? "the id the API gave it, unique per resource type" : "text";
    }
  }

  private static String element(String json, Schema item) {
    return "is " + what(Names.singular(json), item);
  }

  private static String fields(Schema schema) {
    return schema.properties().keySet().stream()
        .map(name -> "{@code " + name + "}")
        .collect(Collectors.joining(", "));
  }

  private static String values(List<String> values) {
    if (values.size() > LISTED_VALUES) {
      return values.size() + " known values (the constants of the type)";
    }
    return values.stream().map(v -> "{@code " + v + "}").collect(Collectors.joining(", "));
  }

  private static boolean isAmount(String json) {
    return json.contains("amount") || json.endsWith("_fee") || json.equals("fee");
  }
}
