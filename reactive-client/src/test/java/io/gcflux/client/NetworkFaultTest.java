package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.model.Customer;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

/** Real sockets, injected faults: what each failure does to a safe and to an unsafe call. */
class NetworkFaultTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private GoCardlessClient client;

  @BeforeEach
  void buildClient() {
    client = EmulatorClients.quickRetries(EMULATOR).responseTimeout(Duration.ofMillis(500)).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  static Stream<Fault> faults() {
    return Stream.of(
        Fault.CONNECTION_RESET,
        Fault.EMPTY_RESPONSE,
        Fault.RANDOM_DATA_THEN_CLOSE,
        Fault.MALFORMED_RESPONSE_CHUNK,
        Fault.SERVER_ERROR,
        Fault.BAD_GATEWAY,
        Fault.SERVICE_UNAVAILABLE,
        Fault.TRUNCATED_JSON,
        Fault.rateLimited(0),
        Fault.fixedDelay(Duration.ofSeconds(3)));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aSafeCallRecoversFromOneFault(Fault fault) {
    List<String> ids = EMULATOR.emulator().seedCustomers(1);
    EMULATOR.emulator().faults().next(1).on("GET", "/customers/:identity").respondWith(fault);

    StepVerifier.create(client.customers().withResponse().get(ids.get(0)))
        .assertNext(
            response -> {
              assertThat(response.body()).isInstanceOf(Customer.class);
              assertThat(response.body().id()).isEqualTo(ids.get(0));
              assertThat(response.attempts()).isEqualTo(2);
            })
        .expectComplete()
        .verify(WAIT);
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aSafeCallThatKeepsFailingEndsInATypedError(Fault fault) {
    List<String> ids = EMULATOR.emulator().seedCustomers(1);
    EMULATOR.emulator().faults().next(3).on("GET", "/customers/:identity").respondWith(fault);

    StepVerifier.create(client.customers().get(ids.get(0)))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(GoCardlessException.class))
        .verify(WAIT);
    assertThat(EMULATOR.emulator().requests()).hasSize(3);
  }

  @Test
  void aCancelIsNotRepeatedWhenTheConnectionDropsAfterSending() {
    String payment = EMULATOR.emulator().seedPayments(1).get(0);
    EMULATOR
        .emulator()
        .faults()
        .next(1)
        .on("POST", "/payments/:identity/actions/cancel")
        .respondWith(Fault.CONNECTION_RESET);

    StepVerifier.create(client.payments().cancel(payment))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(ApiConnectionException.class);
              assertThat(((ApiConnectionException) e).attempts()).isEqualTo(1);
            })
        .verify(WAIT);
    assertThat(EMULATOR.emulator().requests()).hasSize(1);
  }

  @Test
  void aTruncatedPageIsRefetchedWithoutLosingOrRepeatingItems() {
    EMULATOR.emulator().virtualPayments(1_200);
    EMULATOR.emulator().faults().next(1).on("GET", "/payments").respondWith(Fault.TRUNCATED_JSON);

    StepVerifier.create(
            client
                .payments()
                .all(PaymentListParams.builder().limit(500).build())
                .map(Payment::id)
                .distinct()
                .count())
        .expectNext(1_200L)
        .verifyComplete();
  }

  @Test
  void aTruncatedBodyOnTheLastAttemptIsAMalformedResponse() {
    List<String> ids = EMULATOR.emulator().seedCustomers(1);
    EMULATOR
        .emulator()
        .faults()
        .next(3)
        .on("GET", "/customers/:identity")
        .respondWith(Fault.TRUNCATED_JSON);

    StepVerifier.create(client.customers().get(ids.get(0)))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(MalformedResponseException.class);
              assertThat(((MalformedResponseException) e).statusCode()).isEqualTo(200);
            })
        .verify(WAIT);
  }
}
