package io.gcflux.benchmarks.load;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.model.Currency;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentCreateParams;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * gcflux as a user would call it: {@code payments().create(...)} and {@code payments().all()} on
 * the builder's defaults, except the pool size, which every driver shares.
 */
final class GcfluxDriver implements LoadDriver {
  private static final PaymentCreateParams NEW_PAYMENT =
      PaymentCreateParams.builder()
          .amount(1500)
          .currency(Currency.GBP)
          .links(PaymentCreateParams.Links.builder().mandate("MD000123").build())
          .build();

  private final GoCardlessClient client;

  GcfluxDriver(String baseUrl, int connections) {
    this.client =
        GoCardlessClient.builder()
            .accessToken(TOKEN)
            .baseUrl(baseUrl)
            .maxConnections(connections)
            .build();
  }

  @Override
  public Mono<String> create() {
    return client.payments().create(NEW_PAYMENT).map(Payment::id);
  }

  @Override
  public Flux<Long> export() {
    return client.payments().all().map(Payment::amount);
  }

  @Override
  public void close() {
    client.close();
  }
}
