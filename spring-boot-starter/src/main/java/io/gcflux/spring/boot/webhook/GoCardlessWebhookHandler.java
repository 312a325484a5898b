package io.gcflux.spring.boot.webhook;

import io.gcflux.core.model.Event;
import reactor.core.publisher.Mono;

/**
 * Your logic for the events of verified webhooks. Every bean of this type gets every new event,
 * once per event id unless handling fails.
 */
@FunctionalInterface
public interface GoCardlessWebhookHandler {
  /**
   * Handles the event without blocking. An error makes the endpoint answer 500, so GoCardless
   * delivers the event again later.
   */
  Mono<Void> handle(Event event);
}
