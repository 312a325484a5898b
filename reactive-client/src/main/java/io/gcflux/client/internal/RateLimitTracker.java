package io.gcflux.client.internal;

import io.gcflux.client.call.RateLimit;
import io.gcflux.core.internal.http.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * Remembers the latest rate-limit state the API reported and, when throttling is on, holds new
 * requests back until the window resets once the budget is spent.
 */
public final class RateLimitTracker {
  private final AtomicReference<RateLimit> latest = new AtomicReference<>(null);
  // The reset header changes once per window, so responses in between reuse its parsed instant
  // instead of each running an RFC 1123 date parse.
  private volatile ParsedReset lastReset = new ParsedReset(null, null);
  private final boolean throttle;

  public RateLimitTracker(boolean throttle) {
    this.throttle = throttle;
  }

  /** The state reported on the most recent response that carried rate-limit headers. */
  public RateLimit latest() {
    RateLimit state = latest.get();
    return state == null ? new RateLimit(null, null, null) : state;
  }

  RateLimit record(HttpExchange.Response response) {
    RateLimit state =
        new RateLimit(
            integer(response.header("ratelimit-limit")),
            integer(response.header("ratelimit-remaining")),
            reset(response.header("ratelimit-reset")));
    if (state.limit() != null || state.remaining() != null || state.reset() != null) {
      latest.set(state);
    }
    return state;
  }

  /**
   * {@code request}, held back until the spent window resets if throttling is on. Returned as it is
   * while the budget lasts, so an unthrottled call pays for no extra operator.
   */
  <T> Mono<T> throttle(Mono<T> request) {
    if (!throttle) {
      return request;
    }
    RateLimit state = latest.get();
    if (state == null || !state.isExhausted()) {
      return request;
    }
    Duration wait = Duration.between(Instant.now(), state.reset());
    return wait.isNegative() || wait.isZero() ? request : Mono.delay(wait).then(request);
  }

  private Instant reset(String header) {
    if (header == null) {
      return null;
    }
    ParsedReset cached = lastReset;
    if (header.equals(cached.header())) {
      return cached.instant();
    }
    Instant instant = HttpDates.parse(header);
    lastReset = new ParsedReset(header, instant);
    return instant;
  }

  /** A {@code RateLimit-Reset} header value and the instant it names (null if unparseable). */
  private record ParsedReset(String header, Instant instant) {}

  private static Integer integer(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
