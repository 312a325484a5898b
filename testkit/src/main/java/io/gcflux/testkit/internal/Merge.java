package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.Map;

/**
 * Copies request params onto a resource, keeping only fields the resource schema declares so that
 * create-only params (such as {@code psu_interaction_type}) do not leak into responses.
 */
public final class Merge {
  private Merge() {}

  public static void into(ObjectNode target, ObjectNode params, Map<String, Schema> properties) {
    params
        .fields()
        .forEachRemaining(
            e -> {
              Schema schema = properties.get(e.getKey());
              if (schema == null) {
                return;
              }
              JsonNode value = e.getValue();
              JsonNode existing = target.get(e.getKey());
              if ("object".equals(schema.type())
                  && value.isObject()
                  && existing instanceof ObjectNode existingObject) {
                into(
                    existingObject,
                    (ObjectNode) value,
                    schema.properties() != null ? schema.properties() : Map.of());
              } else {
                target.set(e.getKey(), value.deepCopy());
              }
            });
  }
}
