package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API description shipped by gcflux-core, read once per JVM. */
public final class ApiModel {
  private static final String DESCRIPTION = "/io/gcflux/core/api/gocardless-api.json";
  private static volatile ApiModel instance;

  private final Map<String, ResourceDef> resources;
  private final Map<String, ResourceDef> bySingular = new java.util.HashMap<>();

  private ApiModel(Map<String, ResourceDef> resources) {
    this.resources = Collections.unmodifiableMap(resources);
    resources.values().forEach(r -> bySingular.putIfAbsent(r.singular(), r));
  }

  /** The resource a link such as {@code mandate} points at. */
  public Optional<ResourceDef> bySingular(String singular) {
    return Optional.ofNullable(bySingular.get(singular));
  }

  public static ApiModel get() {
    ApiModel model = instance;
    if (model == null) {
      synchronized (ApiModel.class) {
        model = instance;
        if (model == null) {
          model = load();
          instance = model;
        }
      }
    }
    return model;
  }

  private static ApiModel load() {
    try (InputStream in = ApiModel.class.getResourceAsStream(DESCRIPTION)) {
      if (in == null) {
        throw new IllegalStateException(DESCRIPTION + " is missing from the classpath");
      }
      JsonNode root = Json.MAPPER.readTree(in);
      Map<String, ResourceDef> resources = new LinkedHashMap<>();
      for (JsonNode resource : root.path("resources")) {
        String name = resource.path("name").asText();
        List<ActionDef> actions = new ArrayList<>();
        for (JsonNode action : resource.path("actions")) {
          actions.add(
              new ActionDef(
                  name,
                  action.path("name").asText(),
                  action.path("method").asText(),
                  action.path("path").asText(),
                  textOrNull(action.get("request_envelope")),
                  action.path("response_envelope").asText(),
                  "list".equals(action.path("returns").asText()),
                  objectOrEmpty(action.get("params"))));
        }
        resources.put(
            name,
            new ResourceDef(
                name,
                resource.path("class").asText(),
                objectOrEmpty(resource.get("attributes")),
                List.copyOf(actions)));
      }
      return new ApiModel(resources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static ObjectNode objectOrEmpty(JsonNode node) {
    return node instanceof ObjectNode object ? object : Json.object();
  }

  public Map<String, ResourceDef> resources() {
    return resources;
  }

  public Optional<ResourceDef> resource(String name) {
    return Optional.ofNullable(resources.get(name));
  }

  public ResourceDef require(String name) {
    ResourceDef resource = resources.get(name);
    if (resource == null) {
      throw new IllegalArgumentException("Unknown resource: " + name);
    }
    return resource;
  }

  public List<ActionDef> actions() {
    List<ActionDef> all = new ArrayList<>();
    resources.values().forEach(r -> all.addAll(r.actions()));
    return all;
  }
}
