package io.gcflux.client.retry;

import java.time.Duration;
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

  private boolean retryable(Throwable failure) {
    switch (Failures.classify(failure)) {
      case NOT_SENT:
        return true;
      case MAY_HAVE_REACHED:
      case RATE_LIMITED:
        return mayRepeat;
      default:
        return false;
    }
  }

  private Duration waitFor(Throwable failure, long retry) {
    if (Failures.classify(failure) == Failures.Kind.RATE_LIMITED) {
      // Retry-After and RateLimit-Reset speak wall-clock time, not the scheduler's.
      Duration server = Failures.serverWait(failure, System.currentTimeMillis());
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
