package io.gcflux.client.retry;

import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.RateLimitException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The retry companion of one call: decides from each failure whether to retry, and how long to
 * wait, on Reactor's clock so virtual time can drive it.
 */
final class BackoffRetry extends Retry {
  private final RetryPolicy policy;
  private final boolean mayRepeat;
  private final int attempts;
  private final long deadlineMillis;
  private final LongSupplier clock;

  BackoffRetry(
      RetryPolicy policy,
      boolean mayRepeat,
      int attempts,
      long deadlineMillis,
      LongSupplier clock) {
    this.policy = policy;
    this.mayRepeat = mayRepeat;
    this.attempts = attempts;
    this.deadlineMillis = deadlineMillis;
    this.clock = clock;
  }

  @Override
  public Flux<Long> generateCompanion(Flux<RetrySignal> signals) {
    return signals.concatMap(
        signal -> {
          Throwable failure = signal.failure();
          long retry = signal.totalRetries();
          if (retry + 1 >= attempts || !retryable(failure)) {
            return Mono.error(failure);
          }
          Duration wait = waitFor(failure, retry);
          long now = clock.getAsLong();
          if (deadlineMillis != Long.MAX_VALUE && now + wait.toMillis() >= deadlineMillis) {
            // Waiting would outlast the call's deadline: fail now with the real cause.
            return Mono.error(failure);
          }
          return Mono.delay(wait).thenReturn(retry);
        });
  }

  /**
   * The failure decides whether it is transient; the action decides whether it may be sent twice. A
   * request that provably never left may always be sent again.
   */
  private boolean retryable(Throwable failure) {
    return failure instanceof GoCardlessException known
        && known.isRetryable()
        && (mayRepeat || !known.mayHaveReachedApi());
  }

  private Duration waitFor(Throwable failure, long retry) {
    if (failure instanceof RateLimitException limited) {
      // Retry-After and RateLimit-Reset speak wall-clock time, not the scheduler's.
      Duration server = limited.waitBeforeRetry(Instant.now());
      if (server != null) {
        return server;
      }
    }
    Duration backoff = policy.backoff(retry);
    double jitter = policy.jitter();
    if (jitter == 0) {
      return backoff;
    }
    long millis = backoff.toMillis();
    long fixed = Math.round(millis * (1 - jitter));
    long random = millis - fixed;
    return Duration.ofMillis(
        fixed + (random > 0 ? ThreadLocalRandom.current().nextLong(random + 1) : 0));
  }
}
