package io.gcflux.samples.webhooks;

import io.gcflux.core.model.Payment;
import reactor.core.publisher.Mono;

/**
 * Fetches a payment. In production this is {@code client.payments()::get}; it is an interface so
 * that tests, or an application with a cache, can put something else in its place.
 */
@FunctionalInterface
public interface PaymentLookup {
  Mono<Payment> fetch(String paymentId);
}
