package io.gcflux.samples.webhooks;

import io.gcflux.core.model.Event;
import io.gcflux.spring.boot.webhook.GoCardlessWebhookHandler;
import io.gcflux.webhook.WebhookEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Looks up the payment behind each payments event; logs every other event. The starter's endpoint
 * calls it once per new event, after verifying the signature.
 */
@Component
public class PaymentEventsHandler implements GoCardlessWebhookHandler {
  private static final Logger log = LoggerFactory.getLogger(PaymentEventsHandler.class);

  private final PaymentLookup payments;

  public PaymentEventsHandler(PaymentLookup payments) {
    this.payments = payments;
  }

  @Override
  public Mono<Void> handle(Event event) {
    if (!Event.ResourceType.PAYMENTS.equals(event.resourceType())) {
      log.info("Event {}: {} {}", event.id(), event.resourceType(), event.action());
      return Mono.empty();
    }
    String paymentId = WebhookEvents.resourceId(event);
    if (paymentId == null) {
      log.warn("Event {} is about a payment but links none", event.id());
      return Mono.empty();
    }
    // Fetch instead of trusting the action: events can arrive late and out of order, and the
    // payment's current status is what the rest of the application should act on.
    return payments
        .fetch(paymentId)
        .doOnNext(
            payment ->
                log.info(
                    "Event {} ({}): payment {} is now {}",
                    event.id(),
                    event.action(),
                    payment.id(),
                    payment.status()))
        .then();
  }
}
