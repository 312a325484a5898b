package io.gcflux.samples.webhooks;

import io.gcflux.client.GoCardlessClient;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A Spring Boot WebFlux application that receives GoCardless webhooks at {@code POST
 * /webhooks/gocardless} and looks up the payment behind each payments event. The gcflux starter
 * provides the client, the endpoint (signature check, 204 / 498 / 400, de-duplication by event id)
 * and its metrics; this sample adds only {@link PaymentEventsHandler}.
 *
 * <p>Configure with environment variables:
 *
 * <ul>
 *   <li>{@code GOCARDLESS_WEBHOOK_SECRET}: the secret of the webhook endpoint, from the dashboard;
 *   <li>{@code GOCARDLESS_ACCESS_TOKEN}: an access token to look payments up with;
 *   <li>{@code GOCARDLESS_ENVIRONMENT}: {@code sandbox} (the default) or {@code live};
 *   <li>{@code GOCARDLESS_BASE_URL}: optional, another API such as the testkit emulator's URL.
 * </ul>
 *
 * <p>Run from the repository root with {@code mvn -B -q -Pwebhooks -DskipTests package}.
 */
@SpringBootApplication
public class WebhookApplication {

  public static void main(String[] args) {
    StandardEnvironment settings = new StandardEnvironment();
    settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
    String missing = WebhookSettings.missing(settings);
    if (missing != null) {
      System.err.println(missing);
      System.exit(2);
    }
    SpringApplication app = new SpringApplication(WebhookApplication.class);
    Map<String, Object> defaults = WebhookSettings.defaults();
    // The samples' logback.xml logs WARN and above; this sample's point is its INFO lines.
    defaults.put("logging.level.io.gcflux.samples.webhooks", "INFO");
    app.setDefaultProperties(defaults);
    app.run(args);
  }

  @Bean
  PaymentLookup paymentLookup(GoCardlessClient client) {
    return client.payments()::get;
  }

  /** Says where to point GoCardless (or the emulator) once the server is up. */
  @Bean
  ApplicationListener<WebServerInitializedEvent> printListeningUrl(
      org.springframework.core.env.Environment environment) {
    return event ->
        System.out.println(
            "Listening for GoCardless webhooks at http://localhost:"
                + event.getWebServer().getPort()
                + environment.getProperty("gcflux.webhook.path", "/webhooks/gocardless"));
  }
}
