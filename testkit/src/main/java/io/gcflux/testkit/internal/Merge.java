package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Copies request params onto a resource, keeping only fields the resource schema declares so that
 * create-only params (such as {@code psu_interaction_type}) do not leak into responses.
 */
public final class Merge {
  private Merge() {}

  public static void into(ObjectNode target, ObjectNode params, ObjectNode properties) {
    params
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode schema = properties.get(e.getKey());
              if (schema == null) {
                return;
              }
              JsonNode value = e.getValue();
              JsonNode existing = target.get(e.getKey());
              if ("object".equals(schema.path("type").asText())
                  && value.isObject()
                  && existing instanceof ObjectNode existingObject) {
                JsonNode nested = schema.path("properties");
                into(
                    existingObject,
                    (ObjectNode) value,
                    nested instanceof ObjectNode n ? n : Json.object());
              } else {
                target.set(e.getKey(), value.deepCopy());
              }
            });
  }
}
