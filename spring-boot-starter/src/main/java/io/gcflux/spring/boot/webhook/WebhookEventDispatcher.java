package io.gcflux.spring.boot.webhook;

import io.gcflux.core.model.Event;
import io.gcflux.webhook.WebhookBatch;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Hands each new event of a verified batch to every handler, skipping redeliveries. */
final class WebhookEventDispatcher {
  /** Enough to overlap API look-ups without letting one batch take the whole connection pool. */
  static final int CONCURRENCY = 8;

  private final ProcessedWebhookEvents processed;
  private final List<GoCardlessWebhookHandler> handlers;

  WebhookEventDispatcher(
      ProcessedWebhookEvents processed, List<GoCardlessWebhookHandler> handlers) {
    this.processed = processed;
    this.handlers = List.copyOf(handlers);
  }

  /** Completes when every new event has been handled by every handler. */
  Mono<Void> dispatch(WebhookBatch batch) {
    // DelayError: a failure in one event must not cancel the others half-way.
    return Flux.fromIterable(batch.events())
        .flatMapDelayError(this::dispatchOnce, CONCURRENCY, 1)
        .then();
  }

  private Mono<Void> dispatchOnce(Event event) {
    String id = event.id();
    if (id == null) {
      return toEveryHandler(event);
    }
    // The claim is given back if handling fails or is cancelled (the sender hung up), so that
    // GoCardless's next delivery of the event is not mistaken for a duplicate.
    return Mono.usingWhen(
        processed.claim(id),
        claimed -> claimed ? toEveryHandler(event) : Mono.<Void>empty(),
        claimed -> Mono.empty(),
        (claimed, error) -> claimed ? processed.release(id) : Mono.empty(),
        claimed -> claimed ? processed.release(id) : Mono.empty());
  }

  private Mono<Void> toEveryHandler(Event event) {
    return Flux.fromIterable(handlers).concatMap(handler -> handler.handle(event)).then();
  }
}
