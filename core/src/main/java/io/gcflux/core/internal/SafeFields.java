package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The fields a resource's {@code toString()} may show. An allow-list, not a deny-list: a field the
 * API adds tomorrow stays hidden until someone decides it holds no personal data.
 */
final class SafeFields {
  static final Set<String> NAMES =
      Set.of(
          "id",
          "status",
          "amount",
          "amount_refunded",
          "app_fee",
          "currency",
          "created_at",
          "updated_at",
          "charge_date",
          "arrival_date",
          "next_possible_charge_date",
          "scheme",
          "type",
          "action",
          "resource_type",
          "payout_type",
          "deducted_fees",
          "retry_if_possible",
          "verified_at",
          "mandate_type",
          "fx_currency",
          "interval_unit",
          "interval",
          "count",
          "day_of_month",
          "start_date",
          "end_date");

  /** Values longer than this are cut: a safe field should never be long. */
  private static final int MAX_VALUE_LENGTH = 64;

  private SafeFields() {}

  static String describe(String type, ObjectNode node) {
    StringBuilder text = new StringBuilder(type).append('{');
    boolean first = true;
    for (String name : (Iterable<String>) node::fieldNames) {
      JsonNode value = node.get(name);
      if (!NAMES.contains(name) || value == null || value.isNull() || !value.isValueNode()) {
        continue;
      }
      if (!first) {
        text.append(", ");
      }
      first = false;
      String shown = value.asText();
      if (shown.length() > MAX_VALUE_LENGTH) {
        shown = shown.substring(0, MAX_VALUE_LENGTH) + "...";
      }
      text.append(name).append('=').append(shown);
    }
    return text.append('}').toString();
  }
}
