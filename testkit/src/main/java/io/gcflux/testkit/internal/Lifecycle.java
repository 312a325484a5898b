package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.Map;
import java.util.Optional;

/** Initial statuses and the status changes that actions cause, as the real API does them. */
public final class Lifecycle {
  /** The effect of an action: a new status or flag, and the event action it is reported as. */
  public record Transition(String field, JsonNode value, String eventAction) {}

  private static final Map<String, String> INITIAL_STATUS =
      Map.ofEntries(
          Map.entry("payments", "pending_submission"),
          Map.entry("mandates", "pending_submission"),
          Map.entry("refunds", "created"),
          Map.entry("subscriptions", "active"),
          Map.entry("instalment_schedules", "pending"),
          Map.entry("billing_requests", "pending"),
          Map.entry("payouts", "pending"),
          Map.entry("mandate_imports", "created"),
          Map.entry("outbound_payments", "verifying"),
          Map.entry("outbound_payment_imports", "created"),
          Map.entry("payer_authorisations", "created"),
          Map.entry("scheme_identifiers", "pending"),
          Map.entry("bank_account_holder_verifications", "pending"));

  private static final Map<String, Transition> TRANSITIONS =
      Map.ofEntries(
          status("payments.cancel", "cancelled", "cancelled"),
          status("payments.retry", "pending_submission", "resubmission_requested"),
          status("mandates.cancel", "cancelled", "cancelled"),
          status("mandates.reinstate", "pending_submission", "reinstated"),
          status("subscriptions.pause", "paused", "paused"),
          status("subscriptions.resume", "active", "resumed"),
          status("subscriptions.cancel", "cancelled", "cancelled"),
          status("instalment_schedules.cancel", "cancelled", "cancelled"),
          status("billing_requests.fulfil", "fulfilled", "fulfilled"),
          status("billing_requests.cancel", "cancelled", "cancelled"),
          status(
              "billing_requests.confirm_payer_details",
              "ready_to_fulfil",
              "payer_details_confirmed"),
          status("mandate_imports.submit", "submitted", "submitted"),
          status("mandate_imports.cancel", "cancelled", "cancelled"),
          status("outbound_payments.cancel", "cancelled", "cancelled"),
          status("outbound_payments.approve", "scheduled", "approved"),
          status("payer_authorisations.submit", "submitted", "submitted"),
          status("payer_authorisations.confirm", "confirmed", "confirmed"),
          flag("blocks.disable", "active", false),
          flag("blocks.enable", "active", true),
          flag("customer_bank_accounts.disable", "enabled", false),
          flag("creditor_bank_accounts.disable", "enabled", false));

  private Lifecycle() {}

  private static Map.Entry<String, Transition> status(String key, String status, String event) {
    return Map.entry(
        key, new Transition("status", Json.MAPPER.getNodeFactory().textNode(status), event));
  }

  private static Map.Entry<String, Transition> flag(String key, String field, boolean value) {
    return Map.entry(
        key,
        new Transition(
            field,
            Json.MAPPER.getNodeFactory().booleanNode(value),
            value ? "enabled" : "disabled"));
  }

  public static Optional<String> initialStatus(ResourceDef resource) {
    Schema status = resource.attributes().get("status");
    if (status == null || !status.isEnum() || status.enumValues().isEmpty()) {
      return Optional.empty();
    }
    String known = INITIAL_STATUS.get(resource.name());
    return Optional.of(known != null ? known : status.enumValues().get(0));
  }

  public static Optional<Transition> transition(ResourceDef resource, String action) {
    Transition known = TRANSITIONS.get(resource.name() + "." + action);
    if (known != null) {
      return Optional.of(known);
    }
    if (action.equals("cancel") && resource.attributes().containsKey("status")) {
      return Optional.of(
          new Transition(
              "status", Json.MAPPER.getNodeFactory().textNode("cancelled"), "cancelled"));
    }
    return Optional.empty();
  }

  /** Cancelling twice is refused by the API with an invalid_state error. */
  public static void check(ResourceDef resource, ObjectNode current, Transition transition) {
    if (transition.field().equals("status")
        && transition.value().asText().equals("cancelled")
        && current.path("status").asText().equals("cancelled")) {
      throw ApiException.invalidState(
          "cancellation_failed",
          "This " + resource.singular().replace('_', ' ') + " has already been cancelled");
    }
  }
}
