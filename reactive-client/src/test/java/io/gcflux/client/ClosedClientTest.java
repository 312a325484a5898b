package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.params.PaymentCreateParams;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ClosedClientTest extends WireMockClientTest {
  // Generous: the machine running the suite may be busy; a pass never waits this long.
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String PAYMENT = "{\"payments\":{\"id\":\"PM1\",\"amount\":1500}}";

  @BeforeEach
  void answerEverything() {
    server.stubFor(any(anyUrl()).willReturn(okJson(PAYMENT)));
  }

  private static PaymentCreateParams createParams() {
    return PaymentCreateParams.builder()
        .amount(1500)
        .currency("GBP")
        .links(PaymentCreateParams.Links.builder().mandate("MD1").build())
        .build();
  }

  private static Predicate<Throwable> closedError() {
    return e -> e instanceof IllegalStateException && e.getMessage().contains("client is closed");
  }

  @Test
  void everyKindOfCallAfterCloseFailsAtSubscriptionAndSendsNothing() {
    // Warm the pool first, so that "nothing sent" is not just a cold client.
    StepVerifier.create(client.payments().get("PM1")).expectNextCount(1).verifyComplete();
    server.resetRequests();

    client.close();

    StepVerifier.create(client.payments().get("PM1"))
        .expectErrorMatches(closedError())
        .verify(WAIT);
    StepVerifier.create(client.payments().create(createParams()))
        .expectErrorMatches(closedError())
        .verify(WAIT);
    StepVerifier.create(client.payments().list()).expectErrorMatches(closedError()).verify(WAIT);
    StepVerifier.create(client.payments().all()).expectErrorMatches(closedError()).verify(WAIT);
    StepVerifier.create(client.payments().pages()).expectErrorMatches(closedError()).verify(WAIT);
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(client.poolStats().total()).isZero();
  }

  @Test
  void aCallAssembledBeforeCloseButSubscribedAfterSendsNothing() {
    Mono<?> assembled = client.payments().get("PM1");

    client.close();

    StepVerifier.create(assembled).expectErrorMatches(closedError()).verify(WAIT);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void manyCallsAfterCloseOpenNoConnection() {
    client.close();

    StepVerifier.create(
            Flux.range(0, 20)
                .flatMap(i -> client.payments().get("PM" + i).onErrorResume(e -> Mono.empty())))
        .verifyComplete();
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(client.poolStats()).isEqualTo(new PoolStats(0, 0, 0, 0));
  }

  @Test
  void closeIsIdempotent() {
    client.close();
    client.close();

    assertThat(client.isClosed()).isTrue();
    StepVerifier.create(client.closeLater()).verifyComplete();
  }

  @Test
  void closeLaterClosesTheClientOnceSubscribed() {
    Mono<Void> closing = client.closeLater();
    assertThat(client.isClosed()).isFalse();

    StepVerifier.create(closing).verifyComplete();

    assertThat(client.isClosed()).isTrue();
    StepVerifier.create(client.customers().get("CU1"))
        .expectErrorMatches(closedError())
        .verify(WAIT);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aCallInFlightAtCloseEndsClearlyAndIsNotRetried() {
    server.stubFor(
        get("/payments/PM_SLOW")
            .willReturn(okJson("{\"payments\":{\"id\":\"PM_SLOW\"}}").withFixedDelay(1_000)));

    StepVerifier.create(client.payments().get("PM_SLOW").materialize())
        .then(() -> awaitPool(stats -> stats.acquired() == 1))
        .then(client::close)
        .assertNext(
            outcome -> {
              if (outcome.isOnNext()) {
                assertThat(outcome.get().id()).isEqualTo("PM_SLOW");
              } else {
                assertThat(outcome.getThrowable()).matches(closedError());
              }
            })
        .verifyComplete();
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  private void awaitPool(Predicate<PoolStats> condition) {
    // Polls on Reactor's timer rather than sleeping: the pool changes state on its event loop.
    Flux.interval(Duration.ofMillis(10))
        .map(tick -> client.poolStats())
        .filter(condition)
        .blockFirst(WAIT);
  }
}
