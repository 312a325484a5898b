package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Client-side checks of rules the API enforces, so users learn them before a 422. */
public final class Validations {
  private Validations() {}

  /**
   * Requires {@code field} when {@code whenField} equals {@code whenValue}, both dotted paths such
   * as {@code mandate_request.constraints.max_amount_per_payment}.
   */
  public static void requireWhenEquals(
      JsonBacked params, String field, String whenField, String whenValue) {
    JsonNode when = Params.at(params, whenField);
    if (when != null && whenValue.equals(when.asText()) && Params.at(params, field) == null) {
      throw new IllegalArgumentException(
          field
              + " is required when "
              + whenField
              + " is "
              + whenValue
              + ": set "
              + camelPath(field)
              + " before build(), or the API rejects the request");
    }
  }

  private static String camelPath(String dotted) {
    StringBuilder out = new StringBuilder();
    for (String step : dotted.split("\\.")) {
      if (out.length() > 0) {
        out.append('.');
      }
      boolean upper = false;
      for (char c : step.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
    }
    return out.toString();
  }
}
