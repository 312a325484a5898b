package io.gcflux.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.call.RateLimit;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatePacerTest {
  private static final long NOW = 1_000_000L;

  @Test
  void sendsFreelyUntilTheReportedBudgetIsSpentThenWaitsForTheReset() {
    RatePacer pacer = new RatePacer();
    assertThat(pacer.reserve(NOW)).isZero();
    pacer.observe(new RateLimit(100, 3, Instant.ofEpochMilli(NOW + 10_000)));
    pacer.release();

    assertThat(pacer.reserve(NOW)).isZero();
    assertThat(pacer.reserve(NOW)).isZero();
    assertThat(pacer.reserve(NOW)).isZero();
    assertThat(pacer.reserve(NOW)).isEqualTo(10_000 + 50);
    assertThat(pacer.reserve(NOW + 10_000)).isZero();
  }

  @Test
  void countsSendsStillInFlightAgainstTheReportedBudget() {
    RatePacer pacer = new RatePacer();
    for (int i = 0; i < 4; i++) {
      assertThat(pacer.reserve(NOW)).isZero();
    }
    // Three others are in flight when this answer says 3 are left: none is really left.
    pacer.observe(new RateLimit(100, 3, Instant.ofEpochMilli(NOW + 5_000)));
    pacer.release();

    assertThat(pacer.reserve(NOW)).isPositive();
  }

  @Test
  void aRateLimitedAnswerPausesEverySendForTheWaitAsked() {
    RatePacer pacer = new RatePacer();
    pacer.pauseFor(NOW, 2_000);

    assertThat(pacer.reserve(NOW + 1_000)).isEqualTo(1_050);
    assertThat(pacer.reserve(NOW + 2_050)).isZero();
  }
}
