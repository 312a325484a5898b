package io.gcflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {
  static Stream<String> resources() {
    List<String> names = new ArrayList<>();
    EveryActionTest.description()
        .path("resources")
        .forEach(r -> names.add(r.path("name").asText()));
    return names.stream();
  }

  static Map<String, JsonNode> attributes() {
    Map<String, JsonNode> all = new java.util.HashMap<>();
    EveryActionTest.description()
        .path("resources")
        .forEach(r -> all.put(r.path("name").asText(), r.path("attributes")));
    return all;
  }

  @ParameterizedTest
  @MethodSource("resources")
  void populatesEveryAttribute(String resource) {
    JsonNode example = Http.json(Examples.resourceJson(resource));
    List<String> problems = new ArrayList<>();
    JsonNode attributes = attributes().get(resource);
    attributes
        .fields()
        .forEachRemaining(e -> check(e.getKey(), e.getValue(), example.get(e.getKey()), problems));
    assertThat(problems).isEmpty();
    assertThat(example.size()).isEqualTo(attributes.size());
  }

  private static void check(String path, JsonNode schema, JsonNode value, List<String> problems) {
    if (value == null || value.isNull()) {
      problems.add(path + " is missing");
      return;
    }
    String type = schema.path("type").asText();
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(path + " is not an object");
          return;
        }
        schema
            .path("properties")
            .fields()
            .forEachRemaining(
                e -> check(path + "." + e.getKey(), e.getValue(), value.get(e.getKey()), problems));
      }
      case "array" -> {
        if (!value.isArray() || value.size() != 1) {
          problems.add(path + " is not a one-element array");
          return;
        }
        check(path + "[0]", schema.path("items"), value.get(0), problems);
      }
      case "map" -> {
        if (!value.isObject() || value.size() != 1) {
          problems.add(path + " is not a one-entry map");
          return;
        }
        check(path + "{}", schema.path("values"), value.elements().next(), problems);
      }
      case "integer" -> {
        if (!value.isIntegralNumber() || value.asLong() <= 0) {
          problems.add(path + " is not a positive integer");
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(path + " is not a number");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean() || !value.asBoolean()) {
          problems.add(path + " is not true");
        }
      }
      case "string" -> checkString(path, schema, value, problems);
      default -> {
        if (!value.isTextual()) {
          problems.add(path + " (any) is not a string");
        }
      }
    }
  }

  private static void checkString(
      String path, JsonNode schema, JsonNode value, List<String> problems) {
    if (!value.isTextual() || value.asText().isEmpty()) {
      problems.add(path + " is not a non-empty string");
      return;
    }
    String text = value.asText();
    if (schema.has("enum") && !text.equals(schema.path("enum").get(0).asText())) {
      problems.add(path + " is not the first enum value");
    }
    String format = schema.path("format").asText("");
    String pattern =
        switch (format) {
          case "date" -> "\\d{4}-\\d{2}-\\d{2}";
          case "date-time" -> "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
          case "decimal" -> "-?\\d+\\.\\d+";
          default -> ".+";
        };
    if (!text.matches(pattern)) {
      problems.add(path + " does not look like " + format);
    }
  }

  @Test
  void idsAreShapedLikeTheApis() {
    JsonNode payment = Http.json(Examples.resourceJson("payments"));
    assertThat(payment.path("id").asText()).matches("PM[0-9A-Z]{12}");
    assertThat(payment.path("links").path("mandate").asText()).matches("MD[0-9A-Z]{12}");
    assertThat(payment.path("links").path("creditor").asText()).matches("CR[0-9A-Z]{12}");
    assertThat(Http.json(Examples.resourceJson("billing_requests")).path("id").asText())
        .matches("BRQ[0-9A-Z]{12}");
    assertThat(Http.json(Examples.resourceJson("customers", "CU123")).path("id").asText())
        .isEqualTo("CU123");
    assertThat(Examples.resourceJson("payments")).isEqualTo(Examples.resourceJson("payments"));
  }

  @Test
  void wrapsResourcesAndListsInTheirEnvelopes() {
    JsonNode response = Http.json(Examples.responseJson("funds_availabilities"));
    assertThat(response.has("funds_availability")).isTrue();

    JsonNode list = Http.json(Examples.listResponseJson("payments", 3));
    assertThat(list.path("payments")).hasSize(3);
    assertThat(list.path("meta").path("cursors").has("after")).isTrue();
    assertThat(list.path("meta").path("limit").asInt()).isEqualTo(50);

    JsonNode cancel = Http.json(Examples.actionResponseJson("payments", "cancel"));
    assertThat(cancel.path("payments").path("id").asText()).isEqualTo(Examples.id("payments"));
  }
}
