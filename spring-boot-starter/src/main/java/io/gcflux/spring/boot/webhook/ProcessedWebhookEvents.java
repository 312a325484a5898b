package io.gcflux.spring.boot.webhook;

import reactor.core.publisher.Mono;

/**
 * Remembers which events were handled, because GoCardless delivers an event again whenever it is
 * unsure the first delivery arrived. Define a bean of this type to replace the default in-memory
 * one, for example with a table whose unique key is the event id, to de-duplicate across restarts
 * and instances.
 */
public interface ProcessedWebhookEvents {
  /**
   * Records the event as being handled. Emits true if this call recorded it, false if it was
   * recorded already, so that two concurrent deliveries of one event handle it once.
   */
  Mono<Boolean> claim(String eventId);

  /** Forgets a claim whose handling failed, so that GoCardless's next delivery handles it. */
  Mono<Void> release(String eventId);
}
