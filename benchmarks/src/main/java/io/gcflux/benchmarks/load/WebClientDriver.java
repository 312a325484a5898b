package io.gcflux.benchmarks.load;

import io.gcflux.benchmarks.load.PaymentDtos.Created;
import io.gcflux.benchmarks.load.PaymentDtos.PageDto;
import io.gcflux.benchmarks.load.PaymentDtos.PaymentDto;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

/**
 * What a WebFlux team writes instead of an SDK: Spring's {@link WebClient} on Reactor Netty, the
 * hand-written {@link PaymentDtos}, and a {@code retryWhen} for network failures, 429 and 5xx.
 */
final class WebClientDriver implements LoadDriver {
  private static final Retry TRANSIENT_FAILURES =
      Retry.backoff(2, Duration.ofMillis(100)).filter(WebClientDriver::isTransient);

  private final ConnectionProvider pool;
  private final WebClient web;

  WebClientDriver(String baseUrl, int connections) {
    this.pool = ConnectionProvider.builder("webclient").maxConnections(connections).build();
    this.web =
        WebClient.builder()
            .baseUrl(baseUrl)
            .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
            .defaultHeader("Authorization", "Bearer " + TOKEN)
            .defaultHeader("GoCardless-Version", API_VERSION)
            .defaultHeader("Accept", "application/json")
            .defaultHeader("User-Agent", "webclient-load-driver")
            // A page of 500 payments is close to the 256 KB default buffer limit.
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
            .build();
  }

  @Override
  public Mono<String> create() {
    // One key per call, reused by every retry, so a retry cannot create a second payment.
    String idempotencyKey = UUID.randomUUID().toString();
    return web.post()
        .uri("/payments")
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", idempotencyKey)
        .bodyValue(PaymentDtos.NEW_PAYMENT)
        .retrieve()
        .bodyToMono(Created.class)
        .retryWhen(TRANSIENT_FAILURES)
        .map(created -> created.payments().id());
  }

  @Override
  public Flux<Long> export() {
    return fetch(null)
        .expand(
            page ->
                page.meta().cursors().after() == null
                    ? Mono.empty()
                    : fetch(page.meta().cursors().after()))
        .concatMapIterable(PageDto::payments)
        .map(PaymentDto::amount);
  }

  private Mono<PageDto> fetch(String after) {
    return web.get()
        .uri(
            uri -> {
              uri.path("/payments").queryParam("limit", 500);
              if (after != null) {
                uri.queryParam("after", after);
              }
              return uri.build();
            })
        .retrieve()
        .bodyToMono(PageDto.class)
        .retryWhen(TRANSIENT_FAILURES);
  }

  private static boolean isTransient(Throwable failure) {
    if (failure instanceof WebClientRequestException) {
      return true;
    }
    return failure instanceof WebClientResponseException response
        && (response.getStatusCode().value() == 429 || response.getStatusCode().is5xxServerError());
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
