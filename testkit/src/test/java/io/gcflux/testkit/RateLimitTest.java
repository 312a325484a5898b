package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  @Test
  void everyResponseCarriesTheBudgetAndOverspendingIs429() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:15Z"));
    try (GoCardlessEmulator emulator =
        GoCardlessEmulator.builder().rateLimitPerMinute(3).clock(clock).build().start()) {
      Http http = Http.of(emulator);
      for (int i = 1; i <= 3; i++) {
        HttpResponse<String> ok = http.get("/customers");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("RateLimit-Limit")).hasValue("3");
        assertThat(ok.headers().firstValue("RateLimit-Remaining"))
            .hasValue(Integer.toString(3 - i));
        String reset = ok.headers().firstValue("RateLimit-Reset").orElseThrow();
        assertThat(ZonedDateTime.parse(reset, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
            .isEqualTo(Instant.parse("2026-03-01T09:01:00Z"));
      }

      HttpResponse<String> limited = http.get("/customers");
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("45");
      assertThat(limited.headers().firstValue("RateLimit-Remaining")).hasValue("0");
      JsonNode error = json(limited).path("error");
      assertThat(error.path("type").asText()).isEqualTo("invalid_api_usage");
      assertThat(error.path("code").asInt()).isEqualTo(429);
      assertThat(error.path("errors").get(0).path("reason").asText())
          .isEqualTo("rate_limit_exceeded");

      clock.advance(Duration.ofSeconds(45));
      HttpResponse<String> nextMinute = http.get("/customers");
      assertThat(nextMinute.statusCode()).isEqualTo(200);
      assertThat(nextMinute.headers().firstValue("RateLimit-Remaining")).hasValue("2");
    }
  }

  @Test
  void errorsCarryTheBudgetToo() throws IOException {
    try (GoCardlessEmulator emulator = GoCardlessEmulator.started()) {
      HttpResponse<String> response = Http.of(emulator).withToken("nope").get("/payments");
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("1000");
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.headers().firstValue("x-request-id")).isPresent();
    }
  }
}
