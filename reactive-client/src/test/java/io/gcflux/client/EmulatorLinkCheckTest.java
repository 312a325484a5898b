package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.error.InvalidApiUsageException;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** The emulator refuses what the API refuses, so a test that passes on it passes on the sandbox. */
class EmulatorLinkCheckTest {
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

  @Test
  void aPaymentOnAMandateThatDoesNotExistFailsWithATypedErrorAndCreatesNothing() {
    PaymentCreateParams params =
        PaymentCreateParams.builder()
            .amount(2500)
            .currency("GBP")
            .links(PaymentCreateParams.Links.builder().mandate("MD000000NOPE00").build())
            .build();

    StepVerifier.create(client.payments().create(params))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(InvalidApiUsageException.class);
              InvalidApiUsageException error = (InvalidApiUsageException) e;
              assertThat(error.statusCode()).isEqualTo(422);
              assertThat(error.requestId()).isNotBlank();
              assertThat(error.errors()).hasSize(1);
              assertThat(error.errors().get(0).reason()).isEqualTo("linked_resource_not_found");
              assertThat(error.errors().get(0).requestPointer())
                  .isEqualTo("/payments/links/mandate");
              assertThat(e).hasMessageContaining("MD000000NOPE00");
            })
        .verify(WAIT);

    StepVerifier.create(client.payments().all(PaymentListParams.builder().build()))
        .verifyComplete();
    assertThat(EMULATOR.emulator().resources("payments")).isEmpty();
  }
}
