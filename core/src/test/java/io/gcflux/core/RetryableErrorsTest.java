package io.gcflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.error.RateLimitException;
import io.gcflux.core.internal.Errors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each error says whether sending the same request again may succeed. */
class RetryableErrorsTest {
  private static GoCardlessException answer(int status, String type) {
    return answer(status, type, Map.of());
  }

  private static GoCardlessException answer(
      int status, String type, Map<String, List<String>> headers) {
    String body =
        "{\"error\":{\"type\":\""
            + type
            + "\",\"code\":"
            + status
            + ",\"message\":\"m\",\"request_id\":\"RQ9\",\"errors\":[]}}";
    return Errors.decode(status, headers, body.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void serverFailuresAndRateLimitsAreRetryable() {
    assertThat(answer(500, "gocardless").isRetryable()).isTrue();
    assertThat(answer(503, "some_future_type").isRetryable()).isTrue();
    assertThat(answer(429, "invalid_api_usage").isRetryable()).isTrue();
  }

  @Test
  void refusalsAreNotRetryable() {
    assertThat(answer(422, "validation_failed").isRetryable()).isFalse();
    assertThat(answer(409, "invalid_state").isRetryable()).isFalse();
    assertThat(answer(400, "invalid_api_usage").isRetryable()).isFalse();
    assertThat(answer(401, "invalid_api_usage").isRetryable()).isFalse();
    assertThat(answer(403, "invalid_api_usage").isRetryable()).isFalse();
    assertThat(answer(404, "invalid_api_usage").isRetryable()).isFalse();
  }

  @Test
  void aBodyLostOnTheWayIsRetryableButAStrangeRefusalIsNot() {
    assertThat(new MalformedResponseException("cut", 200, "{\"pay", "RQ", null).isRetryable())
        .isTrue();
    assertThat(new MalformedResponseException("proxy", 502, "<html>", null, null).isRetryable())
        .isTrue();
    assertThat(new MalformedResponseException("odd", 404, "<html>", null, null).isRetryable())
        .isFalse();
  }

  @Test
  void connectionFailuresAreRetryableAndSayWhetherTheRequestLeft() {
    ApiConnectionException reset =
        new ApiConnectionException("reset", 1, new IOException("Connection reset"));
    ApiConnectionException refused =
        new ApiConnectionException("refused", 1, false, new IOException("refused"));

    assertThat(reset.isRetryable()).isTrue();
    assertThat(reset.mayHaveReachedApi()).isTrue();
    assertThat(refused.isRetryable()).isTrue();
    assertThat(refused.mayHaveReachedApi()).isFalse();
  }

  @Test
  void everyApiAnswerCarriesItsRequestIdOnTheRootType() {
    assertThat(answer(500, "gocardless").requestId()).isEqualTo("RQ9");
    assertThat(new MalformedResponseException("cut", 200, "", "RQ_M", null).requestId())
        .isEqualTo("RQ_M");
    assertThat(new ApiConnectionException("reset", 1, null).requestId()).isNull();
  }

  @Test
  void rateLimitWaitFollowsRetryAfterSecondsThenItsDateThenTheReset() {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    String inTwentySeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(20).atOffset(ZoneOffset.UTC));

    RateLimitException seconds =
        (RateLimitException) answer(429, "invalid_api_usage", Map.of("retry-after", List.of("7")));
    RateLimitException date =
        (RateLimitException)
            answer(429, "invalid_api_usage", Map.of("retry-after", List.of(inTwentySeconds)));
    RateLimitException reset =
        (RateLimitException)
            answer(429, "invalid_api_usage", Map.of("ratelimit-reset", List.of(inTwentySeconds)));
    RateLimitException silent = (RateLimitException) answer(429, "invalid_api_usage");

    assertThat(seconds.waitBeforeRetry(now)).isEqualTo(Duration.ofSeconds(7));
    assertThat(date.waitBeforeRetry(now)).isEqualTo(Duration.ofSeconds(20));
    assertThat(reset.waitBeforeRetry(now)).isEqualTo(Duration.ofSeconds(20));
    assertThat(reset.waitBeforeRetry(now.plusSeconds(60))).isEqualTo(Duration.ZERO);
    assertThat(silent.waitBeforeRetry(now)).isNull();
  }
}
