package io.gcflux.client.call;

import java.time.Instant;

/**
 * The rate-limit state the API reported on a response: {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset}. A field is {@code null} when its header was
 * absent.
 *
 * @param limit requests allowed per window
 * @param remaining requests left in the current window
 * @param reset when the window resets
 */
public record RateLimit(Integer limit, Integer remaining, Instant reset) {
  static final RateLimit UNKNOWN = new RateLimit(null, null, null);

  /** Whether the API said the budget is spent until {@link #reset()}. */
  public boolean isExhausted() {
    return remaining != null && remaining <= 0 && reset != null;
  }
}
