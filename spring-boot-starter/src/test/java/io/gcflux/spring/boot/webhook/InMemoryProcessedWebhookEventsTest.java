package io.gcflux.spring.boot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InMemoryProcessedWebhookEventsTest {
  @Test
  void claimsAnIdOnce() {
    InMemoryProcessedWebhookEvents events = new InMemoryProcessedWebhookEvents(10);

    assertThat(events.claim("EV1").block()).isTrue();
    assertThat(events.claim("EV1").block()).isFalse();
    assertThat(events.claim("EV2").block()).isTrue();
  }

  @Test
  void aReleasedIdCanBeClaimedAgain() {
    InMemoryProcessedWebhookEvents events = new InMemoryProcessedWebhookEvents(10);
    events.claim("EV1").block();

    events.release("EV1").block();

    assertThat(events.claim("EV1").block()).isTrue();
  }

  @Test
  void forgetsTheOldestIdsPastItsCapacity() {
    InMemoryProcessedWebhookEvents events = new InMemoryProcessedWebhookEvents(3);
    for (String id : new String[] {"EV1", "EV2", "EV3", "EV4"}) {
      events.claim(id).block();
    }

    assertThat(events.size()).isEqualTo(3);
    assertThat(events.claim("EV2").block()).isFalse();
    assertThat(events.claim("EV1").block()).isTrue();
  }

  @Test
  void doesNothingUntilSubscribed() {
    InMemoryProcessedWebhookEvents events = new InMemoryProcessedWebhookEvents(3);

    events.claim("EV1");

    assertThat(events.size()).isZero();
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new InMemoryProcessedWebhookEvents(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
