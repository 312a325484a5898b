package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/**
 * A consumer of {@code all()} over 1,000,000 payments pulls pages only as its demand reaches them:
 * however slowly it reads, no more than one page beyond its demand is ever fetched, so memory holds
 * at most that, not the million.
 */
class SlowConsumerTest {
  private static final long RECORDS = 1_000_000;
  private static final int PAGE = 500;

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private GoCardlessClient client;

  @BeforeEach
  void buildClient() {
    EMULATOR.emulator().virtualPayments(RECORDS);
    client = EmulatorClients.quickRetries(EMULATOR).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private int pagesFetched() {
    return EMULATOR.emulator().requests().size();
  }

  @Test
  void pagesFollowDemandAcrossAMillionRecords() {
    StepVerifier.create(client.payments().all(), 0)
        .expectSubscription()
        .then(() -> assertThat(pagesFetched()).as("nothing before demand").isZero())
        .thenRequest(1)
        .expectNextCount(1)
        .then(() -> assertThat(pagesFetched()).isEqualTo(1))
        .thenRequest(PAGE - 1)
        .expectNextCount(PAGE - 1)
        .then(() -> assertThat(pagesFetched()).as("a page consumed, none ahead").isEqualTo(1))
        .thenRequest(3 * PAGE)
        .expectNextCount(3 * PAGE)
        .then(() -> assertThat(pagesFetched()).isEqualTo(4))
        .thenRequest(10)
        .expectNextCount(10)
        .then(() -> assertThat(pagesFetched()).isEqualTo(5))
        .thenCancel()
        .verify(Duration.ofSeconds(60));
    assertThat(pagesFetched()).isEqualTo(5).isLessThan((int) (RECORDS / PAGE));
  }
}
