package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The required-field checks of the create actions tests depend on most. */
public final class Validation {
  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "customers", List.of("email"),
          "payments", List.of("amount", "currency", "links.mandate"),
          "mandates", List.of("links.customer_bank_account"),
          "refunds", List.of("amount", "links.payment"),
          "subscriptions", List.of("amount", "currency", "interval_unit", "links.mandate"),
          "customer_bank_accounts", List.of("links.customer"));

  private static final Set<String> POSITIVE_AMOUNT = Set.of("payments", "refunds", "subscriptions");

  private Validation() {}

  public static void validateCreate(ResourceDef resource, String envelope, ObjectNode params) {
    List<ObjectNode> errors = new ArrayList<>();
    for (String field : REQUIRED.getOrDefault(resource.name(), List.of())) {
      JsonNode value = params.at("/" + field.replace('.', '/'));
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

  private static ObjectNode error(String envelope, String field, String message, String reason) {
    ObjectNode error = Json.object();
    error.put("field", field);
    error.put("message", message);
    error.put("reason", reason);
    error.put("request_pointer", "/" + envelope + "/" + field.replace('.', '/'));
    return error;
  }
}
