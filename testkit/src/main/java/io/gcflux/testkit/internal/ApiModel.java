package io.gcflux.testkit.internal;

import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's view of the API description that gcflux-core ships, read once per JVM through
 * gcflux-api-model, the same reader the generator uses.
 */
public final class ApiModel {
  private static volatile ApiModel instance;

  private final ApiDescription description;
  private final Map<String, ResourceDef> resources;

  private ApiModel(ApiDescription description) {
    this.description = description;
    Map<String, ResourceDef> byName = new LinkedHashMap<>();
    for (Resource resource : description.resources()) {
      byName.put(resource.name(), ResourceDef.of(description, resource));
    }
    this.resources = Collections.unmodifiableMap(byName);
  }

  public static ApiModel get() {
    ApiModel model = instance;
    if (model == null) {
      synchronized (ApiModel.class) {
        model = instance;
        if (model == null) {
          model = new ApiModel(read());
          instance = model;
        }
      }
    }
    return model;
  }

  private static ApiDescription read() {
    try {
      return ApiDescription.read(ApiDescription.BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ApiDescription description() {
    return description;
  }

  /** The resource a link such as {@code mandate} or {@code new_mandate} points at. */
  public Optional<ResourceDef> linked(String linkName) {
    return description.linkedResource(linkName).map(r -> resources.get(r.name()));
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
