package io.gcflux.client.internal;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.ApiConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Repeats a call's attempts under the retry policy and bounds the whole call, backoff included, by
 * its deadline. Time is read from Reactor's clock so virtual time drives both in tests.
 */
final class RetryAndDeadline {
  private final RetryPolicy policy;
  private final Duration callTimeout;
  private final CallObserver observer;

  RetryAndDeadline(RetryPolicy policy, Duration callTimeout, CallObserver observer) {
    this.policy = policy;
    this.callTimeout = callTimeout;
    this.observer = observer;
  }

  <R> Mono<R> apply(Mono<R> attempt, Operation op, RequestOptions options, CallState state) {
    Duration deadline = options.timeout() != null ? options.timeout() : callTimeout;
    long deadlineMillis = now() + deadline.toMillis();
    // Most calls succeed at once, so the retry operator (a companion sink and queue per call) is
    // built only when the first attempt fails.
    return attempt
        .onErrorResume(
            first -> {
              state.failed(first);
              int maxAttempts =
                  options.maxAttempts() != null ? options.maxAttempts() : policy.maxAttempts();
              Retry retry = policy.toRetry(op.mayRepeat(), maxAttempts, deadlineMillis, this::now);
              return replaying(first, attempt.doOnError(state::failed))
                  .retryWhen(observed(retry, op, state));
            })
        // With a fallback, Reactor's timeout builds no per-subscription description string (a
        // name lookup over the whole chain), which showed in the profile of every call.
        .timeout(
            Mono.delay(deadline),
            Mono.error(
                () ->
                    new ApiConnectionException(
                        "No answer from the API for "
                            + op.method()
                            + " "
                            + op.path()
                            + " within the call deadline of "
                            + deadline.toMillis()
                            + " ms",
                        state.attempts(),
                        new TimeoutException(
                            "call deadline of " + deadline.toMillis() + " ms passed"))));
  }

  /**
   * Fails once with the first attempt's failure, then runs {@code attempt} on each subscription:
   * the retry policy sees that failure as its first signal, as if it had retried from the start.
   */
  private static <R> Mono<R> replaying(Throwable first, Mono<R> attempt) {
    AtomicReference<Throwable> pending = new AtomicReference<>(first);
    return Mono.defer(
        () -> {
          Throwable failure = pending.getAndSet(null);
          return failure != null ? Mono.error(failure) : attempt;
        });
  }

  /** The policy's retry, telling the observer each time it decides to go again. */
  private Retry observed(Retry retry, Operation op, CallState state) {
    return Retry.from(
        signals ->
            Flux.from(retry.generateCompanion(signals))
                .doOnNext(again -> observer.onRetry(op, state.attempts(), state.lastFailure())));
  }

  private long now() {
    return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
  }
}
