package io.gcflux.client.internal;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.ApiConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    int maxAttempts = options.maxAttempts() != null ? options.maxAttempts() : policy.maxAttempts();
    Retry retry =
        policy.toRetry(op.mayRepeat(), maxAttempts, now() + deadline.toMillis(), this::now);
    return attempt
        .doOnError(state::failed)
        .retryWhen(observed(retry, op, state))
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
