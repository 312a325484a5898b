package io.gcflux.apimodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.apimodel.ApiDescription.PageSize;
import io.gcflux.apimodel.ApiDescription.Resource;
import io.gcflux.apimodel.ApiDescription.Schema;
import io.gcflux.apimodel.ApiDescription.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the description's JSON into {@link ApiDescription}'s records. */
final class DescriptionReader {
  private static final String CLASSPATH = "classpath:";

  private DescriptionReader() {}

  static ApiDescription read(String location) throws IOException {
    if (!location.startsWith(CLASSPATH)) {
      return parse(new ObjectMapper().readTree(Path.of(location).toFile()));
    }
    String resource = location.substring(CLASSPATH.length());
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DescriptionReader.class.getClassLoader();
    }
    InputStream found = loader.getResourceAsStream(resource);
    if (found == null) {
      found = DescriptionReader.class.getClassLoader().getResourceAsStream(resource);
    }
    if (found == null) {
      throw new IOException("No " + resource + " on the class path: add gcflux-core to it");
    }
    try (InputStream in = found) {
      return parse(new ObjectMapper().readTree(in));
    }
  }

  private static ApiDescription parse(JsonNode root) {
    List<Resource> resources = new ArrayList<>();
    for (JsonNode resource : root.get("resources")) {
      List<Action> actions = new ArrayList<>();
      for (JsonNode action : resource.get("actions")) {
        actions.add(action(action));
      }
      resources.add(
          new Resource(
              resource.get("name").asText(),
              resource.get("class").asText(),
              textOrNull(resource.get("id_prefix")),
              schemas(resource.get("attributes")),
              List.copyOf(actions)));
    }
    List<Resource> all = List.copyOf(resources);
    return new ApiDescription(
        root.path("api_version").asText(),
        pageSize(root.path("conventions").path("page_size")),
        new ExampleValues(examples(root.path("examples")), all),
        all);
  }

  private static PageSize pageSize(JsonNode node) {
    if (!node.path("default").isInt() || !node.path("max").isInt()) {
      throw new IllegalArgumentException(
          "The API description needs conventions.page_size with integer default and max");
    }
    return new PageSize(node.get("default").asInt(), node.get("max").asInt());
  }

  private static ExampleValues.Settings examples(JsonNode node) {
    Map<String, String> strings = new LinkedHashMap<>();
    node.path("strings")
        .fields()
        .forEachRemaining(e -> strings.put(e.getKey(), e.getValue().asText()));
    return new ExampleValues.Settings(
        required(node, "id_suffix").asText(),
        required(node, "date").asText(),
        required(node, "date_time").asText(),
        required(node, "decimal").asText(),
        required(node, "amount").asLong(),
        required(node, "integer").asLong(),
        required(node, "number").asDouble(),
        required(node, "map_key").asText(),
        Collections.unmodifiableMap(strings));
  }

  private static JsonNode required(JsonNode examples, String field) {
    JsonNode value = examples.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("The API description needs examples." + field);
    }
    return value;
  }

  private static Action action(JsonNode action) {
    List<String> pathParams = new ArrayList<>();
    action.get("path_params").forEach(p -> pathParams.add(p.asText()));
    List<Validation> validations = new ArrayList<>();
    for (JsonNode rule : action.path("validations")) {
      validations.add(
          new Validation(
              rule.get("rule").asText(),
              rule.get("field").asText(),
              rule.get("when_field").asText(),
              rule.get("when_value").asText()));
    }
    List<String> required = new ArrayList<>();
    action.path("required").forEach(f -> required.add(f.asText()));
    return new Action(
        action.get("name").asText(),
        action.get("method").asText(),
        action.get("path").asText(),
        List.copyOf(pathParams),
        textOrNull(action.get("request_envelope")),
        action.get("response_envelope").asText(),
        action.get("returns").asText().equals("list"),
        action.get("auto_paginated").asBoolean(),
        action.get("idempotent_create").asBoolean(),
        action.get("retried_on_network_failure").asBoolean(),
        schemas(action.get("params")),
        List.copyOf(validations),
        List.copyOf(required),
        // The live API answers some actions without the envelope; the description says which.
        action.path("response_may_be_bare").asBoolean(false));
  }

  private static Map<String, Schema> schemas(JsonNode properties) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    if (properties != null) {
      properties.fields().forEachRemaining(e -> schemas.put(e.getKey(), schema(e.getValue())));
    }
    return Collections.unmodifiableMap(schemas);
  }

  private static Schema schema(JsonNode node) {
    List<String> enumValues = null;
    if (node.has("enum")) {
      enumValues = new ArrayList<>();
      for (JsonNode value : node.get("enum")) {
        enumValues.add(value.asText());
      }
      enumValues = List.copyOf(enumValues);
    }
    return new Schema(
        node.path("type").asText("any"),
        enumValues,
        textOrNull(node.get("format")),
        node.has("properties") ? schemas(node.get("properties")) : null,
        node.has("items") ? schema(node.get("items")) : null,
        node.has("values") ? schema(node.get("values")) : null);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
