package io.gcflux.samples.webhooks;

import io.gcflux.core.model.Event;
import reactor.core.publisher.Mono;

/** Your business logic for one event. Called at most once per event id unless it fails. */
@FunctionalInterface
public interface EventHandler {
  /**
   * Handles the event without blocking. An error makes the endpoint answer 500, so GoCardless
   * delivers the event again later.
   */
  Mono<Void> handle(Event event);
}
