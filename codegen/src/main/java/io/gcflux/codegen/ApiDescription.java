package io.gcflux.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** gcflux's API description, read into plain records for the generators. */
record ApiDescription(String apiVersion, PageSize pageSize, List<Resource> resources) {

  /** The page size of list actions, from {@code conventions.page_size}. */
  record PageSize(int defaultSize, int max) {}

  /** A resource of the API, such as {@code payments}. */
  record Resource(
      String name, String className, Map<String, Schema> attributes, List<Action> actions) {}

  /** An action of a resource, such as {@code cancel}. */
  record Action(
      String name,
      String method,
      String path,
      List<String> pathParams,
      String requestEnvelope,
      String responseEnvelope,
      boolean returnsList,
      boolean autoPaginated,
      boolean idempotentCreate,
      boolean retriedOnNetworkFailure,
      Map<String, Schema> params,
      List<Validation> validations,
      boolean responseMayBeBare) {

    boolean isPaginatedList() {
      return returnsList && autoPaginated;
    }
  }

  /** A client-side rule the generated {@code build()} enforces. */
  record Validation(String rule, String field, String whenField, String whenValue) {}

  /** A JSON schema of the description's small type language. */
  record Schema(
      String type,
      List<String> enumValues,
      String format,
      Map<String, Schema> properties,
      Schema items,
      Schema values) {

    boolean isEnum() {
      return enumValues != null;
    }

    boolean isObjectWithProperties() {
      return type.equals("object") && properties != null && !properties.isEmpty();
    }
  }

  /** Reads a file path, or {@code classpath:io/...} for the copy packaged in gcflux-core. */
  static ApiDescription read(String location) throws IOException {
    if (!location.startsWith("classpath:")) {
      return parse(new ObjectMapper().readTree(Path.of(location).toFile()));
    }
    String resource = location.substring("classpath:".length());
    try (InputStream in = ApiDescription.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("No " + resource + " on the class path");
      }
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
              schemas(resource.get("attributes")),
              List.copyOf(actions)));
    }
    JsonNode pageSize = root.path("conventions").path("page_size");
    if (!pageSize.path("default").isInt() || !pageSize.path("max").isInt()) {
      throw new IllegalArgumentException(
          "The description needs conventions.page_size {\"default\": n, \"max\": n}");
    }
    return new ApiDescription(
        root.path("api_version").asText(),
        new PageSize(pageSize.get("default").asInt(), pageSize.get("max").asInt()),
        List.copyOf(resources));
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
        node.get("type").asText(),
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
