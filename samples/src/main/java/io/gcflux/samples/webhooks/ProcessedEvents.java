package io.gcflux.samples.webhooks;

import reactor.core.publisher.Mono;

/**
 * Remembers which events have been handled, because GoCardless delivers an event again whenever it
 * is unsure the first delivery arrived.
 *
 * <p>The in-memory {@link BoundedProcessedEvents} forgets on restart and is per instance; with
 * several instances or a need to survive restarts, implement this over a database table with a
 * unique key on the event id (an insert that hits the key means "already claimed").
 */
public interface ProcessedEvents {
  /**
   * Records the event as being handled. Emits true if this call recorded it, false if it was
   * recorded already, so that two concurrent deliveries of one event handle it once.
   */
  Mono<Boolean> claim(String eventId);

  /** Forgets a claim whose handling failed, so that GoCardless's next delivery handles it. */
  Mono<Void> release(String eventId);
}
