package io.gcflux.client.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.AuthenticationException;
import io.gcflux.core.params.PaymentCreateParams;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A client whose HTTP goes through a {@link Transport} the test supplies, not Reactor Netty. */
class TransportTest {
  private static final String CREATED =
      "{\"payments\":{\"id\":\"PM1\",\"amount\":1500,\"currency\":\"GBP\"}}";

  private final List<Transport.Request> sent = Collections.synchronizedList(new ArrayList<>());

  private GoCardlessClient client(Transport transport) {
    return GoCardlessClient.builder()
        .accessToken("test_token")
        .baseUrl("http://127.0.0.1:9")
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(3)
                .baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(1))
                .build())
        .transport(transport)
        .build();
  }

  private Transport answering(Transport.Response... responses) {
    return request -> {
      sent.add(request);
      return Mono.just(responses[Math.min(sent.size(), responses.length) - 1]);
    };
  }

  @Test
  void aCreateGoesThroughTheGivenTransportWithTokenKeyAndExactBody() {
    GoCardlessClient client =
        client(
            answering(
                new Transport.Response(
                    201,
                    Map.of("Content-Type", List.of("application/json")),
                    CREATED.getBytes(StandardCharsets.UTF_8))));
    PaymentCreateParams params =
        PaymentCreateParams.builder()
            .amount(1500)
            .currency("GBP")
            .links(l -> l.mandate("MD1"))
            .build();

    StepVerifier.create(client.payments().create(params))
        .expectNextMatches(payment -> payment.id().equals("PM1") && payment.amount() == 1500L)
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    assertThat(sent).hasSize(1);
    Transport.Request request = sent.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.url()).isEqualTo("http://127.0.0.1:9/payments");
    assertThat(request.headers()).containsEntry("Authorization", "Bearer test_token");
    assertThat(request.headers().get("Idempotency-Key")).isNotBlank();
    assertThat(new String(request.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\",\"links\":{\"mandate\":\"MD1\"}}}");
    assertThat(request.toString()).doesNotContain("test_token");
  }

  @Test
  void aConnectFailureFromTheTransportIsRetriedWithTheSameIdempotencyKey() {
    Transport flaky =
        request -> {
          sent.add(request);
          return sent.size() == 1
              ? Mono.error(new ConnectException("refused"))
              : Mono.just(
                  new Transport.Response(201, Map.of(), CREATED.getBytes(StandardCharsets.UTF_8)));
        };
    PaymentCreateParams params = PaymentCreateParams.builder().amount(1500).currency("GBP").build();

    StepVerifier.create(client(flaky).payments().withResponse().create(params))
        .expectNextMatches(response -> response.attempts() == 2)
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).headers().get("Idempotency-Key"))
        .isEqualTo(sent.get(0).headers().get("Idempotency-Key"));
  }

  @Test
  void anErrorStatusFromTheTransportBecomesTheTypedException() {
    String error =
        "{\"error\":{\"type\":\"invalid_api_usage\",\"code\":401,\"message\":\"bad token\","
            + "\"request_id\":\"RQ1\",\"errors\":[{\"reason\":\"access_token_not_found\"}]}}";
    GoCardlessClient client =
        client(
            answering(
                new Transport.Response(401, Map.of(), error.getBytes(StandardCharsets.UTF_8))));

    StepVerifier.create(client.payments().get("PM1"))
        .expectError(AuthenticationException.class)
        .verify(Duration.ofSeconds(5));
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).method()).isEqualTo("GET");
    assertThat(sent.get(0).url()).isEqualTo("http://127.0.0.1:9/payments/PM1");
  }

  @Test
  void aTransportCannotBeCombinedWithAnHttpClientOrProxy() {
    assertThatThrownBy(
            () ->
                GoCardlessClient.builder()
                    .accessToken("test_token")
                    .transport(answering())
                    .httpClient(reactor.netty.http.client.HttpClient.create())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transport(...) replaces the HTTP stack");
  }
}
