package io.gcflux.samples.webhooks;

import io.gcflux.client.Environment;
import io.gcflux.client.GoCardlessClient;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot WebFlux application that receives GoCardless webhooks at {@code POST
 * /webhooks/gocardless}, verifies them, and looks up the payment behind each payments event.
 *
 * <p>Configure with environment variables (or the matching {@code gocardless.*} properties):
 *
 * <ul>
 *   <li>{@code GOCARDLESS_WEBHOOK_SECRET}: the secret of the webhook endpoint, from the dashboard;
 *   <li>{@code GOCARDLESS_ACCESS_TOKEN}: an access token to look payments up with;
 *   <li>{@code GOCARDLESS_ENVIRONMENT}: {@code sandbox} (the default) or {@code live}.
 * </ul>
 *
 * <p>Run from the repository root with {@code mvn -B -q -Pwebhooks -DskipTests package}.
 */
@SpringBootApplication
public class WebhookApplication {
  /** Plenty for redeliveries, which come soon after the first; the oldest ids are dropped first. */
  static final int PROCESSED_EVENTS_CAPACITY = 100_000;

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(WebhookApplication.class);
    // The samples' logback.xml logs WARN and above; this sample's point is its INFO lines.
    app.setDefaultProperties(Map.of("logging.level.io.gcflux.samples.webhooks", "INFO"));
    app.run(args);
  }

  @Bean
  GoCardlessClient goCardlessClient(
      @Value("${gocardless.access-token:}") String accessToken,
      @Value("${gocardless.environment:sandbox}") String environment,
      @Value("${gocardless.base-url:}") String baseUrl) {
    if (accessToken.isBlank()) {
      throw new IllegalStateException(
          "Set an access token to look payments up with: property gocardless.access-token or"
              + " environment variable GOCARDLESS_ACCESS_TOKEN");
    }
    GoCardlessClient.Builder builder =
        GoCardlessClient.builder()
            .accessToken(accessToken)
            .environment(Environment.valueOf(environment.trim().toUpperCase(Locale.ROOT)));
    if (!baseUrl.isBlank()) {
      builder.baseUrl(baseUrl);
    }
    return builder.build();
  }

  @Bean
  PaymentLookup paymentLookup(GoCardlessClient client) {
    return client.payments()::get;
  }

  @Bean
  ProcessedEvents processedEvents() {
    return new BoundedProcessedEvents(PROCESSED_EVENTS_CAPACITY);
  }
}
