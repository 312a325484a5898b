package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

class ConnectionPoolTest extends WireMockClientTest {

  @Test
  void disposingASubscriptionMidRequestFreesItsPooledConnection() {
    server.stubFor(
        get("/payments/PM_SLOW")
            .willReturn(okJson("{\"payments\":{\"id\":\"PM_SLOW\"}}").withFixedDelay(10_000)));

    Disposable inFlight = client.payments().get("PM_SLOW").subscribe();
    PoolStats busy = awaitPool(stats -> stats.acquired() == 1);
    assertThat(busy.acquired()).isEqualTo(1);

    inFlight.dispose();
    PoolStats freed = awaitPool(stats -> stats.acquired() == 0);
    assertThat(freed.acquired()).isZero();
  }

  private PoolStats awaitPool(Predicate<PoolStats> condition) {
    // Polls on Reactor's timer rather than sleeping: the pool changes state on its event loop.
    return Flux.interval(Duration.ofMillis(10))
        .map(tick -> client.poolStats())
        .filter(condition)
        .blockFirst(Duration.ofSeconds(5));
  }
}
