package io.gcflux.core.error;

import java.time.Duration;
import java.util.List;

/** The rate limit was exhausted (429) and retries did not outlast it. */
public class RateLimitException extends InvalidApiUsageException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(ApiError error) {
    super(error, "Slow down, or enable the client's rate-limit throttling");
  }

  /** The wait the API asked for in {@code Retry-After}, or {@code null} if it gave none. */
  public Duration retryAfter() {
    List<String> values = responseHeaders().get("retry-after");
    if (values == null || values.isEmpty()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(values.get(0).trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
