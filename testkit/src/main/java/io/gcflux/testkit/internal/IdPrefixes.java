package io.gcflux.testkit.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The upper-case prefixes GoCardless puts in front of ids, per resource. */
public final class IdPrefixes {
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("bank_account_holder_verifications", "BV"),
          Map.entry("bank_authorisations", "BU"),
          Map.entry("billing_request_flows", "BF"),
          Map.entry("billing_request_templates", "BT"),
          Map.entry("billing_requests", "BRQ"),
          Map.entry("blocks", "BL"),
          Map.entry("creditor_bank_accounts", "BA"),
          Map.entry("creditors", "CR"),
          Map.entry("customer_bank_accounts", "BA"),
          Map.entry("customer_notifications", "CN"),
          Map.entry("customers", "CU"),
          Map.entry("events", "EV"),
          Map.entry("exports", "EX"),
          Map.entry("instalment_schedules", "IS"),
          Map.entry("institutions", "IN"),
          Map.entry("logos", "LO"),
          Map.entry("mandate_imports", "IM"),
          Map.entry("mandates", "MD"),
          Map.entry("organisations", "OR"),
          Map.entry("outbound_payment_imports", "OI"),
          Map.entry("outbound_payments", "OP"),
          Map.entry("payer_authorisations", "PA"),
          Map.entry("payer_themes", "PT"),
          Map.entry("payment_account_transactions", "PX"),
          Map.entry("payment_accounts", "BA"),
          Map.entry("payments", "PM"),
          Map.entry("payouts", "PO"),
          Map.entry("redirect_flows", "RE"),
          Map.entry("refunds", "RF"),
          Map.entry("scheme_identifiers", "SU"),
          Map.entry("subscriptions", "SB"),
          Map.entry("tax_rates", "TR"),
          Map.entry("webhooks", "WB"));

  private static final Map<String, String> LINKS = new ConcurrentHashMap<>();

  private IdPrefixes() {}

  public static String forResource(String resourceName) {
    String known = KNOWN.get(resourceName);
    return known != null ? known : derive(Names.singular(resourceName));
  }

  /**
   * A link such as {@code new_customer_bank_account} or {@code mandate_request_mandate} points at
   * the resource its name ends with.
   */
  public static String forLink(String linkName) {
    return LINKS.computeIfAbsent(linkName, IdPrefixes::resolveLink);
  }

  private static String resolveLink(String linkName) {
    String best = null;
    int bestLength = -1;
    for (String resource : ApiModel.get().resources().keySet()) {
      String singular = Names.singular(resource);
      boolean matches = linkName.equals(singular) || linkName.endsWith("_" + singular);
      if (matches && singular.length() > bestLength) {
        best = resource;
        bestLength = singular.length();
      }
    }
    if (best == null && KNOWN.containsKey(linkName + "s")) {
      best = linkName + "s";
    }
    return best != null ? forResource(best) : derive(linkName);
  }

  private static String derive(String name) {
    String[] words = name.split("_");
    String letters =
        words.length > 1
            ? "" + words[0].charAt(0) + words[1].charAt(0)
            : words[0].substring(0, Math.min(2, words[0].length()));
    return letters.toUpperCase(Locale.ROOT);
  }
}
