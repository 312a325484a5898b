package io.gcflux.samples.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The sample's settings, read from environment variables and mapped onto the starter's {@code
 * gcflux.*} properties, and checked all at once before Spring starts so that a first run names
 * every missing one in one short message.
 */
final class WebhookSettings {
  /** Environment variable to starter property, in the order the message lists them. */
  static final Map<String, String> PROPERTIES = properties();

  private static final Map<String, String> REQUIRED =
      Map.of(
          "GOCARDLESS_ACCESS_TOKEN", "an access token to look payments up with",
          "GOCARDLESS_WEBHOOK_SECRET", "the secret of your webhook endpoint, from the dashboard");

  private WebhookSettings() {}

  private static Map<String, String> properties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("GOCARDLESS_ACCESS_TOKEN", "gcflux.access-token");
    properties.put("GOCARDLESS_WEBHOOK_SECRET", "gcflux.webhook.secret");
    properties.put("GOCARDLESS_ENVIRONMENT", "gcflux.environment");
    properties.put("GOCARDLESS_BASE_URL", "gcflux.base-url");
    return properties;
  }

  /** Spring's default properties: each starter property taken from its variable when set. */
  static Map<String, Object> defaults() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("gcflux.environment", "${GOCARDLESS_ENVIRONMENT:sandbox}");
    defaults.put("gcflux.access-token", "${GOCARDLESS_ACCESS_TOKEN:}");
    defaults.put("gcflux.base-url", "${GOCARDLESS_BASE_URL:}");
    defaults.put("gcflux.webhook.secret", "${GOCARDLESS_WEBHOOK_SECRET:}");
    return defaults;
  }

  /** One message naming every required setting that is unset, or {@code null} if none is. */
  static String missing(PropertyResolver settings) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> variable : PROPERTIES.entrySet()) {
      String description = REQUIRED.get(variable.getKey());
      if (description == null) {
        continue;
      }
      String value = settings.getProperty(variable.getValue());
      if (value == null || value.isBlank()) {
        value = settings.getProperty(variable.getKey());
      }
      if (value == null || value.isBlank()) {
        missing.add("  " + variable.getKey() + ": " + description);
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    return "The webhooks sample needs these environment variables set:\n"
        + String.join("\n", missing)
        + "\nOptional: GOCARDLESS_ENVIRONMENT (sandbox, the default, or live) and"
        + " GOCARDLESS_BASE_URL (another API, such as the testkit emulator's URL).";
  }
}
