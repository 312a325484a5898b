package io.gcflux.samples.webhooks;

import io.gcflux.core.model.Event;
import io.gcflux.webhook.WebhookBatch;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Hands each new event of a verified batch to the {@link EventHandler}, skipping redeliveries. */
@Component
public class WebhookProcessor {
  /** Enough to overlap API look-ups without letting one batch take the whole connection pool. */
  static final int CONCURRENCY = 8;

  private final ProcessedEvents processed;
  private final EventHandler handler;

  public WebhookProcessor(ProcessedEvents processed, EventHandler handler) {
    this.processed = processed;
    this.handler = handler;
  }

  /**
   * Completes when every new event has been handled. Order across events is not kept; handlers that
   * read the resource's current state, as {@link PaymentEventsHandler} does, don't need it.
   */
  public Mono<Void> process(WebhookBatch batch) {
    // DelayError: a failure in one event must not cancel the others half-way.
    return Flux.fromIterable(batch.events())
        .flatMapDelayError(this::processOnce, CONCURRENCY, 1)
        .then();
  }

  private Mono<Void> processOnce(Event event) {
    String id = event.id();
    if (id == null) {
      return handler.handle(event);
    }
    // The claim is given back if handling fails or is cancelled (the sender hung up), so that
    // GoCardless's next delivery of the event is not mistaken for a duplicate.
    return Mono.usingWhen(
        processed.claim(id),
        claimed -> claimed ? handler.handle(event) : Mono.<Void>empty(),
        claimed -> Mono.empty(),
        (claimed, error) -> claimed ? processed.release(id) : Mono.empty(),
        claimed -> claimed ? processed.release(id) : Mono.empty());
  }
}
