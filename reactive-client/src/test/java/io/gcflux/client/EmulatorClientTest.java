package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.error.AuthenticationException;
import io.gcflux.core.error.ValidationFailedException;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.CustomerBankAccountCreateParams;
import io.gcflux.core.params.CustomerCreateParams;
import io.gcflux.core.params.MandateCreateParams;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulator;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The client against the project's own emulator: the payment flow, faults and retries. */
class EmulatorClientTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private GoCardlessClient client;

  @BeforeEach
  void buildClient() {
    client = EmulatorClients.quickRetries(EMULATOR).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private GoCardlessEmulator emulator() {
    return EMULATOR.emulator();
  }

  private Mono<String> mandate() {
    return client
        .customers()
        .create(
            CustomerCreateParams.builder()
                .email("grace@example.com")
                .givenName("Grace")
                .familyName("Hopper")
                .build())
        .flatMap(
            customer ->
                client
                    .customerBankAccounts()
                    .create(
                        CustomerBankAccountCreateParams.builder()
                            .accountHolderName("Grace Hopper")
                            .accountNumber("55779911")
                            .branchCode("200000")
                            .countryCode("GB")
                            .links(
                                CustomerBankAccountCreateParams.Links.builder()
                                    .customer(customer.id())
                                    .build())
                            .build()))
        .flatMap(
            account ->
                client
                    .mandates()
                    .create(
                        MandateCreateParams.builder()
                            .links(
                                MandateCreateParams.Links.builder()
                                    .customerBankAccount(account.id())
                                    .build())
                            .build()))
        .map(mandate -> mandate.id());
  }

  private static PaymentCreateParams payment(String mandate) {
    return PaymentCreateParams.builder()
        .amount(2500)
        .currency("GBP")
        .links(PaymentCreateParams.Links.builder().mandate(mandate).build())
        .build();
  }

  @Test
  void createsGetsListsAndCancelsAPayment() {
    String mandate = mandate().block(WAIT);
    Payment created = client.payments().create(payment(mandate)).block(WAIT);

    assertThat(created.id()).matches("PM[0-9A-Z]{12}");
    assertThat(created.status()).isEqualTo(Payment.Status.PENDING_SUBMISSION);
    StepVerifier.create(client.payments().get(created.id()))
        .assertNext(p -> assertThat(p.amount()).isEqualTo(2500L))
        .verifyComplete();
    StepVerifier.create(
            client
                .payments()
                .all(PaymentListParams.builder().mandate(mandate).build())
                .map(Payment::id))
        .expectNext(created.id())
        .verifyComplete();
    StepVerifier.create(client.payments().cancel(created.id()))
        .assertNext(p -> assertThat(p.status()).isEqualTo(Payment.Status.CANCELLED))
        .verifyComplete();
  }

  @Test
  void aCreateRetriedAfterAServerErrorCreatesExactlyOnePayment() {
    String mandate = mandate().block(WAIT);
    emulator().faults().next(2).on("POST", "/payments").respondWith(Fault.SERVER_ERROR);

    StepVerifier.create(client.payments().withResponse().create(payment(mandate)))
        .assertNext(response -> assertThat(response.attempts()).isEqualTo(3))
        .expectComplete()
        .verify(WAIT);
    assertThat(
            client
                .payments()
                .all(PaymentListParams.builder().mandate(mandate).build())
                .count()
                .block(WAIT))
        .isEqualTo(1L);
  }

  @Test
  void aLostResponseAfterTheCreateReturnsTheSamePaymentThroughTheIdempotencyKey() {
    String mandate = mandate().block(WAIT);
    RequestOptions key = RequestOptions.builder().idempotencyKey("order-42").build();
    Payment first = client.payments().create(payment(mandate), key).block(WAIT);

    // The same key again, as after a crash: the emulator answers 409 and the client fetches it.
    Payment again = client.payments().create(payment(mandate), key).block(WAIT);

    assertThat(again.id()).isEqualTo(first.id());
  }

  @Test
  void connectionResetsAndHtmlGatewayPagesAreRetriedForReads() {
    Payment created = client.payments().create(payment(mandate().block(WAIT))).block(WAIT);
    emulator()
        .faults()
        .next(1)
        .on("GET", "/payments/:identity")
        .respondWith(Fault.CONNECTION_RESET);
    emulator().faults().next(1).on("GET", "/payments/:identity").respondWith(Fault.BAD_GATEWAY);

    StepVerifier.create(client.payments().withResponse().get(created.id()))
        .assertNext(
            response -> {
              assertThat(response.body().id()).isEqualTo(created.id());
              assertThat(response.attempts()).isEqualTo(3);
            })
        .verifyComplete();
  }

  @Test
  void rateLimitedRequestsWaitForRetryAfterAndSucceed() {
    emulator().faults().next(1).respondWith(Fault.rateLimited(1));

    StepVerifier.create(client.customers().withResponse().list())
        .assertNext(response -> assertThat(response.attempts()).isEqualTo(2))
        .verifyComplete();
    assertThat(client.rateLimit().limit()).isNotNull();
  }

  @Test
  void wrongTokenAndMissingFieldsMapToTypedErrors() {
    try (GoCardlessClient wrong =
        GoCardlessClient.builder().accessToken("wrong").baseUrl(EMULATOR.baseUrl()).build()) {
      StepVerifier.create(wrong.payments().list())
          .expectError(AuthenticationException.class)
          .verify(WAIT);
    }
    StepVerifier.create(client.payments().create(PaymentCreateParams.builder().amount(100).build()))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(ValidationFailedException.class);
              assertThat(((ValidationFailedException) e).errors())
                  .anySatisfy(f -> assertThat(f.requestPointer()).isEqualTo("/payments/currency"));
            })
        .verify(WAIT);
  }

  @Test
  void streamsManyPagesOfVirtualPayments() {
    emulator().virtualPayments(2_345);

    StepVerifier.create(client.payments().all().count()).expectNext(2_345L).verifyComplete();
    StepVerifier.create(client.payments().pages().count()).expectNext(5L).verifyComplete();
  }
}
