package io.gcflux.spring.boot.webhook;

import io.gcflux.spring.boot.GoCardlessAutoConfiguration;
import io.gcflux.spring.boot.GoCardlessProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A WebFlux {@code POST} endpoint at {@code gcflux.webhook.path} that verifies each webhook with
 * {@code gcflux.webhook.secret} and hands its new events to every {@link GoCardlessWebhookHandler}.
 */
@AutoConfiguration(after = GoCardlessAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnProperty(prefix = "gcflux.webhook", name = "secret")
public class GoCardlessWebhookAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public ProcessedWebhookEvents processedWebhookEvents(GoCardlessProperties properties) {
    return new InMemoryProcessedWebhookEvents(properties.getWebhook().getRememberedEvents());
  }

  @Bean
  public RouterFunction<ServerResponse> goCardlessWebhookRoute(
      GoCardlessProperties properties,
      ProcessedWebhookEvents processed,
      ObjectProvider<GoCardlessWebhookHandler> handlers) {
    String secret = properties.getWebhook().getSecret();
    if (secret == null || secret.isBlank()) {
      // At start-up rather than per request: otherwise every delivery would look forged.
      throw new IllegalStateException(
          "gcflux.webhook.secret is empty: set it to the secret of the webhook endpoint from the"
              + " GoCardless dashboard, or remove it to turn the endpoint off");
    }
    WebhookEventDispatcher dispatcher =
        new WebhookEventDispatcher(processed, handlers.orderedStream().toList());
    return RouterFunctions.route(
        RequestPredicates.POST(properties.getWebhook().getPath()),
        new WebhookEndpoint(secret, dispatcher));
  }
}
