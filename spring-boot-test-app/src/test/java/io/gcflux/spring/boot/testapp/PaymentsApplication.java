package io.gcflux.spring.boot.testapp;

import io.gcflux.client.GoCardlessClient;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A WebFlux application as a gcflux user writes one: the starter's client comes from its
 * application.yml, and one endpoint answers with a payment fetched through it.
 */
@SpringBootApplication
public class PaymentsApplication {

  /** What the endpoint answers, written by the application's own (Jackson 3) JSON codec. */
  public record PaymentSummary(String id, long amount, String currency, String createdAt) {}

  @RestController
  static class PaymentsController {
    private final GoCardlessClient client;

    PaymentsController(GoCardlessClient client) {
      this.client = client;
    }

    @GetMapping("/summaries/{id}")
    Mono<PaymentSummary> summary(@PathVariable String id) {
      return client
          .payments()
          .get(id)
          .map(
              payment ->
                  new PaymentSummary(
                      payment.id(),
                      payment.amount(),
                      payment.currency().value(),
                      String.valueOf(payment.createdAt())));
    }
  }
}
