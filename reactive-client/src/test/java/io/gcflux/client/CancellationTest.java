package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.params.PaymentCreateParams;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Cancelling stops the call where it is: no further request, the connection back in the pool within
 * a second, and a create that may have reached the server is never sent again.
 */
class CancellationTest extends WireMockClientTest {
  private static final Duration POOL_SETTLES = Duration.ofSeconds(1);

  private static PaymentCreateParams payment() {
    return PaymentCreateParams.builder()
        .amount(1500)
        .currency("GBP")
        .links(PaymentCreateParams.Links.builder().mandate("MD123").build())
        .build();
  }

  private int requestsSeen() {
    return server.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
  }

  /** Waits on Reactor's timer, not a sleep, for the condition; fails after {@code within}. */
  private static <T> T await(Mono<T> probe, Predicate<T> condition, Duration within) {
    return Flux.interval(Duration.ofMillis(10))
        .concatMap(tick -> probe)
        .filter(condition)
        .next()
        .timeout(within)
        .block();
  }

  private void poolSettles() {
    PoolStats stats =
        await(
            Mono.fromSupplier(client::poolStats),
            s -> s.acquired() == 0 && s.pending() == 0,
            POOL_SETTLES);
    assertThat(stats.acquired()).isZero();
  }

  @Test
  void cancellingOneCallSendsNothingMoreAndFreesItsConnection() {
    server.stubFor(
        get("/payments/PM_SLOW")
            .willReturn(okJson("{\"payments\":{\"id\":\"PM_SLOW\"}}").withFixedDelay(5_000)));

    StepVerifier.create(client.payments().get("PM_SLOW"))
        .expectSubscription()
        .then(
            () -> await(Mono.fromSupplier(this::requestsSeen), n -> n == 1, Duration.ofSeconds(5)))
        .thenCancel()
        .verify(Duration.ofSeconds(5));

    poolSettles();
    assertThat(requestsSeen()).isEqualTo(1);
  }

  @Test
  void cancellingAllAfterItsFirstPageFetchesNoSecondPage() {
    StringBuilder page = new StringBuilder("{\"payments\":[");
    for (int i = 0; i < 500; i++) {
      page.append(i == 0 ? "" : ",").append("{\"id\":\"PM").append(i).append("\"}");
    }
    page.append("],\"meta\":{\"cursors\":{\"after\":\"PM499\"},\"limit\":500}}");
    server.stubFor(get(urlEqualTo("/payments?limit=500")).willReturn(okJson(page.toString())));

    StepVerifier.create(client.payments().all(), 500)
        .expectNextCount(500)
        .thenCancel()
        .verify(Duration.ofSeconds(10));

    poolSettles();
    assertThat(requestsSeen()).isEqualTo(1);
  }

  @Test
  void cancellingAFlatMapOfCreatesMidFlightNeverResendsThem() {
    server.stubFor(
        post("/payments")
            .willReturn(
                okJson("{\"payments\":{\"id\":\"PM1\"}}").withStatus(201).withFixedDelay(1_500)));

    Flux<String> creates =
        Flux.range(0, 8).flatMap(i -> client.payments().create(payment()).map(p -> p.id()), 8);
    StepVerifier.create(creates)
        .expectSubscription()
        .then(
            () -> await(Mono.fromSupplier(this::requestsSeen), n -> n == 8, Duration.ofSeconds(5)))
        .thenCancel()
        .verify(Duration.ofSeconds(5));

    poolSettles();
    // Watch past the point where the slow answers would have arrived and any retry would follow.
    List<Integer> counts =
        Flux.interval(Duration.ofMillis(50))
            .take(Duration.ofMillis(2_500))
            .map(tick -> requestsSeen())
            .collectList()
            .block();
    assertThat(counts).isNotEmpty().allMatch(n -> n == 8);
    server.verify(8, postRequestedFor(urlEqualTo("/payments")));
  }
}
