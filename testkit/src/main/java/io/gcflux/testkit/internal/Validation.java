package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks the API makes on a create before anything is stored. */
public final class Validation {
  private static final Set<String> POSITIVE_AMOUNT = Set.of("payments", "refunds", "subscriptions");

  private Validation() {}

  /** The params the description marks {@code required} are present; amounts are positive. */
  public static void validateCreate(ResourceDef resource, ActionDef action, ObjectNode params) {
    String envelope = action.requestEnvelope();
    List<ObjectNode> errors = new ArrayList<>();
    for (String field : action.required()) {
      JsonNode value = params.at(pointer(field));
      if (value.isMissingNode()
          || value.isNull()
          || (value.isTextual() && value.asText().isBlank())) {
        errors.add(error(envelope, field, "is required", "required"));
      }
    }
    JsonNode amount = params.get("amount");
    if (POSITIVE_AMOUNT.contains(resource.name()) && amount != null && !amount.isNull()) {
      if (!amount.isIntegralNumber()) {
        errors.add(error(envelope, "amount", "must be a whole number", "invalid_type"));
      } else if (amount.asLong() <= 0) {
        errors.add(error(envelope, "amount", "must be greater than 0", "greater_than"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(422, "validation_failed", "Validation failed", errors);
    }
  }

  /**
   * Every {@code links.X} that names a resource the emulator keeps points at one that exists, as
   * the API refuses a payment on a mandate it does not know.
   *
   * @param exists whether a resource of that kind with that id is there to link to
   */
  public static void requireLinkedResources(
      ApiModel model,
      ActionDef action,
      ObjectNode params,
      java.util.function.BiPredicate<ResourceDef, String> exists) {
    JsonNode links = params.path("links");
    if (!links.isObject()) {
      return;
    }
    List<ObjectNode> errors = new ArrayList<>();
    links
        .fields()
        .forEachRemaining(
            link -> {
              JsonNode id = link.getValue();
              if (!id.isTextual() || id.asText().isBlank()) {
                return;
              }
              model
                  .linked(link.getKey())
                  .filter(ResourceDef::stateful)
                  .filter(target -> !exists.test(target, id.asText()))
                  .ifPresent(
                      target ->
                          errors.add(
                              linkError(
                                  action.requestEnvelope(), link.getKey(), target, id.asText())));
            });
    if (!errors.isEmpty()) {
      throw new ApiException(422, "invalid_api_usage", "Linked resource not found", errors);
    }
  }

  private static ObjectNode linkError(String envelope, String link, ResourceDef target, String id) {
    String noun = target.singular().replace('_', ' ');
    ObjectNode error =
        error(
            envelope,
            "links." + link,
            "The "
                + noun
                + " "
                + id
                + " does not exist: create it first, or link an existing "
                + noun,
            "linked_resource_not_found");
    return error;
  }

  private static String pointer(String field) {
    return "/" + field.replace('.', '/');
  }

  private static ObjectNode error(String envelope, String field, String message, String reason) {
    ObjectNode error = Json.object();
    error.put("field", field);
    error.put("message", message);
    error.put("reason", reason);
    error.put("request_pointer", "/" + envelope + pointer(field));
    return error;
  }
}
