package io.gcflux.core.error;

import io.gcflux.core.internal.http.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The rate limit was exhausted (429) and retries did not outlast it. */
public class RateLimitException extends InvalidApiUsageException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(ApiError error) {
    super(error, "Slow down, or enable the client's rate-limit throttling");
  }

  /** The budget comes back when the window resets: sending again later may succeed. */
  @Override
  public boolean isRetryable() {
    return true;
  }

  /** The wait the API asked for in {@code Retry-After}, or {@code null} if it gave none. */
  public Duration retryAfter() {
    String value = header("retry-after");
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * How long to wait from {@code now} before sending again, as the API said: {@code Retry-After} in
   * seconds or as an HTTP date, else until {@code RateLimit-Reset}; never negative, and {@code
   * null} when the response named neither.
   */
  public Duration waitBeforeRetry(Instant now) {
    String retryAfter = header("retry-after");
    if (retryAfter != null) {
      Duration seconds = retryAfter();
      if (seconds != null) {
        return seconds.isNegative() ? Duration.ZERO : seconds;
      }
      Instant at = HttpDates.parse(retryAfter);
      if (at != null) {
        return untilOrZero(now, at);
      }
    }
    Instant reset = HttpDates.parse(header("ratelimit-reset"));
    return reset == null ? null : untilOrZero(now, reset);
  }

  private String header(String lowerCaseName) {
    List<String> values = responseHeaders().get(lowerCaseName);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Duration untilOrZero(Instant now, Instant at) {
    Duration wait = Duration.between(now, at);
    return wait.isNegative() ? Duration.ZERO : wait;
  }
}
