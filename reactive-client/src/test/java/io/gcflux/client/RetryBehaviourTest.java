package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.internal.ExecutorFixture;
import io.gcflux.client.internal.HttpExchange;
import io.gcflux.client.internal.ScriptedTransport;
import io.gcflux.client.service.PaymentsService;
import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.AuthenticationException;
import io.gcflux.core.error.GoCardlessInternalException;
import io.gcflux.core.error.IdempotentCreationConflictException;
import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.error.PermissionException;
import io.gcflux.core.error.RateLimitException;
import io.gcflux.core.error.ValidationFailedException;
import io.gcflux.core.params.PaymentCreateParams;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class RetryBehaviourTest {
  private static final String PAYMENT = "{\"payments\":{\"id\":\"PM1\",\"amount\":1500}}";
  private static final String SERVER_ERROR =
      "{\"error\":{\"type\":\"gocardless\",\"code\":500,\"message\":\"Internal error\","
          + "\"request_id\":\"RQ500\",\"errors\":[]}}";
  private static final String HTML_502 = "<html><body><h1>502 Bad Gateway</h1></body></html>";
  private static final String RATE_LIMITED =
      "{\"error\":{\"type\":\"invalid_api_usage\",\"code\":429,\"message\":\"Rate limit exceeded\","
          + "\"request_id\":\"RQ429\",\"errors\":[{\"reason\":\"rate_limit_exceeded\"}]}}";

  private final ScriptedTransport transport = new ScriptedTransport();
  private final PaymentsService payments = new PaymentsService(ExecutorFixture.executor(transport));

  private static PaymentCreateParams createParams() {
    return PaymentCreateParams.builder()
        .amount(1500)
        .currency("GBP")
        .links(PaymentCreateParams.Links.builder().mandate("MD1").build())
        .build();
  }

  private static String error(int code, String type, String reason) {
    return "{\"error\":{\"type\":\""
        + type
        + "\",\"code\":"
        + code
        + ",\"message\":\"m\",\"request_id\":\"RQ\",\"errors\":[{\"reason\":\""
        + reason
        + "\"}]}}";
  }

  @Test
  void retriesServerErrorsWithExponentialBackoffThenSucceeds() {
    transport.respond(500, SERVER_ERROR).respond(502, HTML_502).respond(200, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .assertNext(payment -> assertThat(payment.id()).isEqualTo("PM1"))
        .verifyComplete();

    assertThat(transport.sendOffsets()).containsExactly(0L, 300L, 900L);
  }

  @Test
  void waitsExactlyTheBackoffBeforeEachRetry() {
    transport.respond(503, HTML_502).respond(200, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(299))
        .thenAwait(Duration.ofMillis(1))
        .expectNextCount(1)
        .verifyComplete();
  }

  @Test
  void givesUpAfterThreeAttemptsWithTheLastError() {
    transport.respond(500, SERVER_ERROR).respond(500, SERVER_ERROR).respond(500, SERVER_ERROR);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectError(GoCardlessInternalException.class)
        .verify();

    assertThat(transport.sent()).hasSize(3);
  }

  @Test
  void htmlErrorPagesAreRetriedAndSurfaceAsMalformedResponses() {
    transport.respond(502, HTML_502).respond(502, HTML_502).respond(502, HTML_502);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(MalformedResponseException.class);
              assertThat(((MalformedResponseException) e).statusCode()).isEqualTo(502);
              assertThat(((MalformedResponseException) e).bodyPreview()).contains("Bad Gateway");
            })
        .verify();
    assertThat(transport.sent()).hasSize(3);
  }

  @Test
  void truncatedJsonIsRetriedForSafeCalls() {
    transport.respond(200, "{\"payments\":{\"id\":\"PM1\",\"amo").respond(200, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(transport.sent()).hasSize(2);
  }

  @Test
  void rateLimitedCallWaitsForRetryAfter() {
    transport.respond(429, RATE_LIMITED, "Retry-After", "7").respond(200, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(6_999))
        .thenAwait(Duration.ofMillis(1))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(transport.sendOffsets()).containsExactly(0L, 7_000L);
  }

  @Test
  void rateLimitedCallWithoutRetryAfterWaitsUntilTheReset() {
    String reset =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
    transport.respond(429, RATE_LIMITED, "RateLimit-Reset", reset).respond(200, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(15))
        .thenAwait(Duration.ofSeconds(10))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(transport.sendOffsets().get(1)).isBetween(15_000L, 21_000L);
  }

  @Test
  void rateLimitWaitBeyondTheDeadlineFailsAtOnce() {
    transport.respond(429, RATE_LIMITED, "Retry-After", "3600");

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(RateLimitException.class);
              assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofHours(1));
            })
        .verify(Duration.ofSeconds(5));
    assertThat(transport.sent()).hasSize(1);
  }

  @Test
  void nonIdempotentActionIsNotRetriedAfterAServerError() {
    transport.respond(500, SERVER_ERROR);

    StepVerifier.withVirtualTime(() -> payments.cancel("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectError(GoCardlessInternalException.class)
        .verify();
    assertThat(transport.sent()).hasSize(1);
  }

  @Test
  void nonIdempotentActionIsNotRetriedWhenTheConnectionResetMidRequest() {
    transport.fail(new IOException("Connection reset by peer"));

    StepVerifier.withVirtualTime(() -> payments.cancel("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(ApiConnectionException.class);
              assertThat(((ApiConnectionException) e).attempts()).isEqualTo(1);
              assertThat(e.getCause()).hasMessageContaining("Connection reset");
            })
        .verify();
    assertThat(transport.sent()).hasSize(1);
  }

  @Test
  void nonIdempotentActionIsRetriedWhenTheConnectionWasNeverMade() {
    transport.fail(new ConnectException("Connection refused")).respond(200, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.cancel("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(transport.sent()).hasSize(2);
  }

  @Test
  void networkFailuresBecomeApiConnectionExceptionCountingAttempts() {
    IOException reset = new IOException("Connection reset by peer");
    transport.fail(reset).fail(reset).fail(reset);

    StepVerifier.withVirtualTime(() -> payments.get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(ApiConnectionException.class);
              assertThat(((ApiConnectionException) e).attempts()).isEqualTo(3);
              assertThat(e).hasMessageContaining("3 attempts").hasCause(reset);
              assertThat(e.getMessage()).doesNotContain("secret-token-123");
            })
        .verify();
  }

  @Test
  void clientErrorsAreNeverRetried() {
    transport
        .respond(422, error(422, "validation_failed", "invalid"))
        .respond(401, error(401, "invalid_api_usage", "unauthorized"))
        .respond(403, error(403, "invalid_api_usage", "forbidden"));

    StepVerifier.create(payments.get("PM1"))
        .expectError(ValidationFailedException.class)
        .verify(Duration.ofSeconds(5));
    StepVerifier.create(payments.get("PM1"))
        .expectError(AuthenticationException.class)
        .verify(Duration.ofSeconds(5));
    StepVerifier.create(payments.get("PM1"))
        .expectError(PermissionException.class)
        .verify(Duration.ofSeconds(5));
    assertThat(transport.sent()).hasSize(3);
  }

  @Test
  void callDeadlineEndsAHangingCall() {
    ScriptedTransport hanging = new ScriptedTransport().hang();
    PaymentsService slow =
        new PaymentsService(
            ExecutorFixture.executor(
                hanging, ConflictStrategy.FETCH_EXISTING, false, Duration.ofSeconds(10)));

    StepVerifier.withVirtualTime(() -> slow.get("PM1"))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(9_999))
        .thenAwait(Duration.ofMillis(1))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(ApiConnectionException.class)
                    .hasMessageContaining("deadline of 10000 ms"))
        .verify();
  }

  @Test
  void perRequestTimeoutOverridesTheClientDeadline() {
    transport.hang();
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(2)).build();

    StepVerifier.withVirtualTime(() -> payments.get("PM1", options))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(2))
        .expectError(ApiConnectionException.class)
        .verify();
  }

  @Test
  void perRequestMaxAttemptsOverridesThePolicy() {
    transport.respond(500, SERVER_ERROR).respond(200, PAYMENT);
    RequestOptions once = RequestOptions.builder().maxAttempts(1).build();

    StepVerifier.withVirtualTime(() -> payments.get("PM1", once))
        .expectSubscription()
        .expectError(GoCardlessInternalException.class)
        .verify(Duration.ofSeconds(5));
    assertThat(transport.sent()).hasSize(1);
  }

  @Test
  void createReusesOneIdempotencyKeyAcrossItsAttempts() {
    transport.respond(500, SERVER_ERROR).fail(new IOException("reset")).respond(201, PAYMENT);

    StepVerifier.withVirtualTime(() -> payments.create(createParams()))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(5))
        .expectNextCount(1)
        .verifyComplete();

    List<String> keys =
        transport.sent().stream().map(r -> r.headers().get("Idempotency-Key")).toList();
    assertThat(keys).hasSize(3).doesNotContainNull();
    assertThat(Set.copyOf(keys)).hasSize(1);
  }

  @Test
  void everyCreateGetsItsOwnKeyRepeatedOnlyAcrossItsOwnAttempts() {
    int creates = 5;
    for (int i = 0; i < creates; i++) {
      transport.respond(503, HTML_502).respond(201, PAYMENT);
    }

    StepVerifier.withVirtualTime(
            () -> Flux.range(0, creates).concatMap(i -> payments.create(createParams())))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(10))
        .expectNextCount(creates)
        .verifyComplete();

    List<String> keys =
        transport.sent().stream().map(r -> r.headers().get("Idempotency-Key")).toList();
    assertThat(keys).hasSize(creates * 2);
    assertThat(Set.copyOf(keys)).hasSize(creates);
    for (int i = 0; i < creates; i++) {
      assertThat(keys.get(2 * i)).isEqualTo(keys.get(2 * i + 1));
    }
  }

  @Test
  void callerSuppliedIdempotencyKeyIsSent() {
    transport.respond(201, PAYMENT);
    RequestOptions options = RequestOptions.builder().idempotencyKey("my-key-1").build();

    StepVerifier.create(payments.create(createParams(), options))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(transport.sent().get(0).headers()).containsEntry("Idempotency-Key", "my-key-1");
  }

  @Test
  void idempotencyConflictFetchesTheExistingResource() {
    transport
        .respond(
            409,
            "{\"error\":{\"type\":\"invalid_state\",\"code\":409,\"message\":\"conflict\","
                + "\"request_id\":\"RQ409\",\"errors\":[{\"reason\":\"idempotent_creation_conflict\","
                + "\"message\":\"exists\",\"links\":{\"conflicting_resource_id\":\"PM777\"}}]}}")
        .respond(200, "{\"payments\":{\"id\":\"PM777\",\"amount\":1500}}");

    StepVerifier.create(payments.create(createParams()))
        .assertNext(payment -> assertThat(payment.id()).isEqualTo("PM777"))
        .verifyComplete();

    HttpExchange.Request fetch = transport.sent().get(1);
    assertThat(fetch.method()).isEqualTo("GET");
    assertThat(fetch.url()).isEqualTo("https://api.example.test/payments/PM777");
  }

  @Test
  void idempotencyConflictCanRaiseInstead() {
    ScriptedTransport raising =
        new ScriptedTransport()
            .respond(
                409,
                "{\"error\":{\"type\":\"invalid_state\",\"code\":409,\"message\":\"conflict\","
                    + "\"request_id\":\"RQ409\",\"errors\":[{\"reason\":"
                    + "\"idempotent_creation_conflict\",\"links\":{\"conflicting_resource_id\":"
                    + "\"PM777\"}}]}}");
    PaymentsService strict =
        new PaymentsService(
            ExecutorFixture.executor(
                raising, ConflictStrategy.RAISE, false, Duration.ofSeconds(60)));

    StepVerifier.create(strict.create(createParams()))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(IdempotentCreationConflictException.class);
              assertThat(((IdempotentCreationConflictException) e).conflictingResourceId())
                  .isEqualTo("PM777");
            })
        .verify(Duration.ofSeconds(5));
    assertThat(raising.sent()).hasSize(1);
  }

  @Test
  void throttlingHoldsTheNextRequestUntilTheWindowResets() {
    String reset =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
    ScriptedTransport limited =
        new ScriptedTransport()
            .respond(
                200,
                PAYMENT,
                "RateLimit-Limit",
                "1000",
                "RateLimit-Remaining",
                "0",
                "RateLimit-Reset",
                reset)
            .respond(200, PAYMENT);
    PaymentsService throttled =
        new PaymentsService(
            ExecutorFixture.executor(
                limited, ConflictStrategy.FETCH_EXISTING, true, Duration.ofSeconds(120)));

    StepVerifier.withVirtualTime(() -> throttled.get("PM1").then(throttled.get("PM2")))
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(25))
        .thenAwait(Duration.ofSeconds(10))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(limited.sendOffsets().get(1)).isGreaterThanOrEqualTo(25_000L);
  }

  @Test
  void rawResponseReportsAttemptsRequestIdAndRateLimit() {
    transport
        .respond(500, SERVER_ERROR)
        .respond(
            200,
            PAYMENT,
            "x-request-id",
            "RQ_OK",
            "RateLimit-Limit",
            "1000",
            "RateLimit-Remaining",
            "998");

    StepVerifier.withVirtualTime(() -> payments.withResponse().get("PM1"))
        .expectSubscription()
        .thenAwait(Duration.ofSeconds(1))
        .assertNext(
            response -> {
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.attempts()).isEqualTo(2);
              assertThat(response.requestId()).isEqualTo("RQ_OK");
              assertThat(response.rateLimit().remaining()).isEqualTo(998);
              assertThat(response.body().id()).isEqualTo("PM1");
            })
        .verifyComplete();
  }

  @Test
  void retryPolicyRejectsNonsense() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> io.gcflux.client.retry.RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }
}
