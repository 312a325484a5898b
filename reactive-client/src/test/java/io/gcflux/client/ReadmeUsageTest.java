package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.model.Currency;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.GoCardlessEmulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's usage snippets, written as a user writes them, against the emulator: shared enum
 * types pass from a resource to params, nested params are filled in with a lambda, and timestamp
 * filters take an {@link Instant}.
 */
class ReadmeUsageTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  // Every resource the emulator creates is stamped with this instant.
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static GoCardlessEmulator emulator;
  private GoCardlessClient client;

  @BeforeAll
  static void startEmulator() {
    emulator =
        GoCardlessEmulator.builder()
            .port(0)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build()
            .start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void buildClient() {
    client =
        GoCardlessClient.builder()
            .accessToken(emulator.accessToken())
            .baseUrl(emulator.baseUrl())
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void paymentValuesFlowIntoParamsAndFiltersReadAsTheApiNamesThem() {
    String mandateId = emulator.seedMandates(1).get(0);

    Payment payment =
        client
            .payments()
            .create(
                PaymentCreateParams.builder()
                    .amount(1500) // minor units: £15.00
                    .currency(Currency.GBP)
                    .links(l -> l.mandate(mandateId))
                    .build())
            .block(WAIT);
    Payment sameCurrency =
        client
            .payments()
            .create(
                PaymentCreateParams.builder()
                    .amount(2500)
                    .currency(payment.currency())
                    .links(l -> l.mandate(mandateId))
                    .build())
            .block(WAIT);

    List<Payment> paidOutThisYear =
        client
            .payments()
            .all(
                PaymentListParams.builder()
                    .status(Payment.Status.PAID_OUT)
                    .createdAt(c -> c.gte(Instant.parse("2026-01-01T00:00:00Z")))
                    .build())
            .collectList()
            .block(WAIT);
    List<Payment> pendingThisYear =
        client
            .payments()
            .all(
                PaymentListParams.builder()
                    .status(payment.status())
                    .createdAt(c -> c.gte(Instant.parse("2026-01-01T00:00:00Z")))
                    .build())
            .collectList()
            .block(WAIT);
    List<Payment> createdLastYear =
        client
            .payments()
            .all(
                PaymentListParams.builder()
                    .createdAt(c -> c.lt(Instant.parse("2026-01-01T00:00:00Z")))
                    .build())
            .collectList()
            .block(WAIT);

    assertThat(payment.status()).isEqualTo(Payment.Status.PENDING_SUBMISSION);
    assertThat(sameCurrency.currency()).isSameAs(Currency.GBP);
    assertThat(sameCurrency.links().mandate()).isEqualTo(mandateId);
    assertThat(paidOutThisYear).isEmpty();
    assertThat(pendingThisYear)
        .extracting(Payment::id)
        .containsExactlyInAnyOrder(payment.id(), sameCurrency.id());
    assertThat(createdLastYear).isEmpty();
    assertThat(emulator.requests())
        .anySatisfy(
            request ->
                assertThat(request.getUrl())
                    .contains("status=paid_out")
                    .contains("created_at%5Bgte%5D=2026-01-01T00%3A00%3A00.000Z"));
  }
}
