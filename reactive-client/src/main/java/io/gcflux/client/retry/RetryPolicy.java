package io.gcflux.client.retry;

import java.time.Duration;
import java.util.function.LongSupplier;
import reactor.util.retry.Retry;

/**
 * How failed calls are retried: exponential backoff with jitter, a cap on attempts, and the
 * server's own wait on 429. Immutable; build once and share.
 *
 * <p>Defaults: 3 attempts in all, 300 ms base delay doubling to at most 10 s, half of each delay
 * randomised so a fleet of clients does not retry in step.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final double jitter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.jitter = builder.jitter;
  }

  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  public double jitter() {
    return jitter;
  }

  /**
   * The Reactor {@link Retry} for one call.
   *
   * @param mayRepeat whether the action is safe to send twice (reads, updates, creates with an
   *     idempotency key); when false only failures that provably never reached the server retry
   * @param attempts the attempts in all for this call
   * @param deadlineMillis the call's deadline on {@code clock}, or {@link Long#MAX_VALUE}
   * @param clock the scheduler clock in milliseconds, so virtual time drives it in tests
   */
  public Retry toRetry(boolean mayRepeat, int attempts, long deadlineMillis, LongSupplier clock) {
    return new BackoffRetry(this, mayRepeat, attempts, deadlineMillis, clock);
  }

  /** The backoff before retry number {@code retry} (0 for the first retry), without jitter. */
  Duration backoff(long retry) {
    long base = baseDelay.toMillis();
    long delay = retry >= 30 ? Long.MAX_VALUE : base << retry;
    return Duration.ofMillis(Math.min(delay < 0 ? Long.MAX_VALUE : delay, maxDelay.toMillis()));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", jitter="
        + jitter
        + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(300);
    private Duration maxDelay = Duration.ofSeconds(10);
    private double jitter = 0.5;

    private Builder() {}

    /** Attempts in all, the first included; 1 disables retries. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive(maxDelay, "maxDelay");
      return this;
    }

    /** The share of each delay that is random, from 0 (none) to 1 (full jitter). */
    public Builder jitter(double jitter) {
      if (jitter < 0 || jitter > 1) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    public RetryPolicy build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay must not be shorter than baseDelay");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
